# Ponte — app-common (it).
# Review: machine

speech-no-voice = Questo telefono non ha una voce per { $language }.
speech-other-language = Questo telefono non ha una voce per { $language }: lo leggo in { $other }.
guides-coming = Qui troverai le guide delle organizzazioni vicine a te. Tutto il resto funziona senza internet.

# The profile, the CV and the settings.
profile-filled = { $filled } parti su { $total } compilate
profile-hint-personal = Aggiungi il tuo nome e un numero di telefono o un'e-mail, così un datore di lavoro può contattarti.
profile-hint-availability = Di' quando puoi lavorare e quanto lontano puoi andare.
profile-hint-language = Aggiungi le lingue che parli, anche poco.
profile-hint-experience = Aggiungi i lavori che hai fatto, in Italia o in altri paesi, pagati o no.
profile-hint-education = Aggiungi le tue scuole e i tuoi corsi, anche non finiti.
profile-hint-skill = Aggiungi quello che sai fare: cucinare, guidare, pulire, assistere le persone…
profile-hint-certificate = Aggiungi la patente e gli altri attestati.
profile-add-language = Aggiungi una lingua
profile-add-experience = Aggiungi un lavoro
profile-add-education = Aggiungi una scuola o un corso
profile-add-skill = Aggiungi una competenza
profile-add-certificate = Aggiungi una patente o un attestato
profile-transport = Come vado al lavoro
profile-not-said = Non indicato
profile-level-a1 = A1 · principiante
profile-level-a2 = A2 · elementare
profile-level-b1 = B1 · intermedio
profile-level-b2 = B2 · intermedio superiore
profile-level-c1 = C1 · avanzato
profile-level-c2 = C2 · molto buono
profile-error-email = Scrivi un indirizzo e-mail come nome@esempio.it.
profile-error-phone = Scrivi un numero di telefono solo con cifre, come { $example }.
profile-format-date = Come 2026-12-31 (anno-mese-giorno)
profile-format-month = Come 2024-03 (anno-mese)
profile-format-year = Come 2019
profile-discard = Annulla le modifiche
profile-delete-confirm = Eliminare per sempre? Non si può annullare.
profile-cv-your-language = La tua lingua
profile-cv-employer-language = Lingua per i datori di lavoro
profile-cv-share = Condividi il CV in { $language }
profile-cv-empty = Il tuo CV è vuoto. Prima compila il tuo profilo.
settings-data = Internet e dati
settings-wifi-only = Sincronizza solo con il Wi-Fi
settings-wifi-only-explain = Risparmia i dati della tua SIM.
settings-data-saver = Risparmio dati
settings-data-saver-explain = Con i dati mobili: niente scaricamento della mappa e niente immagini.
settings-map-mobile-data = Permetti di scaricare la mappa con i dati mobili
settings-notifications = Promemoria
settings-notify-follow-up = Chiedere notizie delle mie candidature
settings-notify-action = Cose da fare
settings-notify-interview = Colloqui di lavoro
settings-notify-tutor = Appuntamenti dal mio tutor
settings-notify-meeting = Incontri con il mio tutor
settings-notify-document = Documenti in scadenza
settings-notify-lesson = Lezioni da continuare
settings-notify-tutor-answer = Risposte del mio tutor
settings-quiet-hours-hint = Nessun promemoria tra questi orari, come 21:00-08:00. Lascia vuoto per nessuno.
settings-quiet-hours-error-bad-date = Scrivi due orari come 21:00-08:00.
settings-quiet-hours-error-out-of-range = I due orari devono essere diversi.
settings-share-profile = Il mio profilo e il CV
settings-sharing-not-paired = Non sei collegato a un tutor: niente viene condiviso.
settings-export = Esporta i miei dati
settings-export-explain = Un file con tutto quello che hai scritto e il tuo CV, da tenere o da dare a una persona di fiducia.
settings-erase = Cancella tutto da questo telefono
settings-erase-confirm = Questo cancella il diario, il profilo, le impostazioni e la mappa da questo telefono. Non si può annullare. Quello che hai già condiviso con il tutor resta all'organizzazione.
settings-erase-yes = Sì, cancella tutto
nav-back = Indietro
guides-count =
    { $count ->
        [one] 1 guida
       *[other] { $count } guide
    }
guide-checked = Verificata il { $date }
guide-sources = Fonti ufficiali
guides-ask = Fai una domanda
guides-ask-none = Nessuna guida risponde ancora a questa domanda. Prova con altre parole, o chiedi al tuo tutor.
ask-from-guide = Guida
ask-from-service = Servizio
ask-from-lesson = Lezione
ask-tutor = Chiedi al mio tutor
ask-tutor-confirm = Inviare questa domanda al tuo tutor? La leggeranno solo il tuo tutor e la sua organizzazione.
ask-tutor-send = Invia
ask-tutor-cancel = Non inviare
ask-tutor-sent = Inviata al tuo tutor. La risposta arriverà con i messaggi del tutor.
