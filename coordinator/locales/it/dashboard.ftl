# Ponte coordinator dashboard, italiano.
# Review: machine
dashboard-title = Coordinatore Ponte
dashboard-demo-warning = Dati dimostrativi: non verificati. Non darli ai beneficiari così come sono.
dashboard-services = Servizi
dashboard-region = Territorio
dashboard-count = { $count ->
    [one] { $count } servizio
   *[other] { $count } servizi
}
dashboard-name = Nome
dashboard-categories = Categorie
dashboard-address = Indirizzo
dashboard-hours = Orari
dashboard-lessons = Pacchetto delle lezioni
dashboard-pack = Versione { $version }, { $bytes } byte
dashboard-no-pack = Nessun pacchetto di lezioni pubblicato.
dashboard-api = API di sincronizzazione
