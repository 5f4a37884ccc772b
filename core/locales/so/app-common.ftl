# Ponte — app-common (so).
# Review: machine

speech-no-voice = Taleefankan ma laha cod loogu talagalay { $language }.
speech-other-language = Taleefankan ma laha cod loogu talagalay { $language }: waxaa lagu akhrinayaa { $other }.
guides-coming = Hagayaasha ururada kuu dhow halkan ayay joogi doonaan. Wax kasta oo kale waxay shaqeeyaan internet la'aan.
