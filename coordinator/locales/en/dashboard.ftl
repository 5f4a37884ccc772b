# Ponte coordinator dashboard, English.
# Review: reviewed
dashboard-title = Ponte coordinator
dashboard-demo-warning = Demo data: not verified. Do not give it to beneficiaries as it is.
dashboard-services = Services
dashboard-region = Territory
dashboard-count = { $count ->
    [one] { $count } service
   *[other] { $count } services
}
dashboard-name = Name
dashboard-categories = Categories
dashboard-address = Address
dashboard-hours = Opening hours
dashboard-lessons = Lesson pack
dashboard-pack = Version { $version }, { $bytes } bytes
dashboard-no-pack = No lesson pack published yet.
dashboard-api = Sync API
