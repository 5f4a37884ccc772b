# Ponte — testi dell'interfaccia, italiano.
# Review: machine

## Fasi della candidatura

stage-saved = Salvata
stage-applied = Inviata
stage-interview = Colloquio
stage-offer = Offerta
stage-hired = Assunto/a
stage-offer_declined = Offerta rifiutata
stage-rejected = Non selezionato/a
stage-withdrawn = Ritirata
stage-expired = Scaduta
stage-no_answer = Nessuna risposta

## Dove ho trovato il lavoro

source-job_portal = Sito di annunci
source-employment_centre = Centro per l'impiego
source-agency = Agenzia per il lavoro
source-tutor_suggestion = Suggerito dal mio tutor
source-word_of_mouth = Passaparola
source-walk_in = Sono andato/a di persona
source-other = Altro

## Tipi di contratto

contract-fixed_term = Tempo determinato
contract-permanent = Tempo indeterminato
contract-apprenticeship = Apprendistato
contract-internship = Tirocinio
contract-seasonal = Stagionale
contract-other = Altro

## Colloqui e azioni

interview-format-in_person = Di persona
interview-format-phone = Al telefono
interview-format-video = In videochiamata
action-call_back = Richiamare
action-send_documents = Inviare documenti
action-prepare_interview = Preparare il colloquio
action-follow_up = Chiedere notizie
action-other = Altro

## Documenti

document-residence_permit = Permesso di soggiorno
document-codice_fiscale = Codice fiscale
document-identity_card = Carta d'identità
document-health_card = Tessera sanitaria
document-spid = Identità digitale SPID
document-cv = Curriculum
document-diploma = Diploma o laurea
document-driving_licence = Patente di guida
document-haccp = Attestato HACCP
document-safety_training = Attestato formazione sicurezza sul lavoro
document-other = Altro documento
document-status-missing = Da ottenere
document-status-in_progress = In corso
document-status-have = Ce l'ho
permit-asylum_request = Richiesta asilo
permit-refugee = Asilo politico (status di rifugiato)
permit-subsidiary_protection = Protezione sussidiaria
permit-special_protection = Protezione speciale
permit-work = Lavoro
permit-family = Motivi familiari
permit-study = Studio
permit-eu_long_term = Soggiornante di lungo periodo UE
permit-other = Altro
recognition-unknown = Non so
recognition-not_needed = Non serve
recognition-not_started = Non ancora richiesto
recognition-in_progress = In corso di riconoscimento
recognition-recognised = Riconosciuto in Italia
recognition-refused = Non riconosciuto

## Disponibilità

transport-none = Nessun mezzo proprio
transport-public = Mezzi pubblici
transport-bicycle = Bicicletta
transport-moped = Motorino
transport-car = Automobile
shift-morning = Mattina
shift-afternoon = Pomeriggio
shift-evening = Sera
shift-night = Notte
shift-weekend = Fine settimana

## Il curriculum

cv-title = Curriculum vitae
cv-personal = Informazioni personali
cv-email = E-mail
cv-phone = Telefono
cv-city = Residenza
cv-about = Su di me
cv-experience = Esperienza lavorativa
cv-present = oggi
cv-sector = Settore: { $sector }
cv-education = Istruzione e formazione
cv-eqf-level = Livello EQF { $level }
cv-recognition = Riconoscimento in Italia: { $status }
cv-languages = Competenze linguistiche
cv-mother-tongues = Lingua madre
cv-other-languages = Altre lingue
cv-listening = Ascolto
cv-reading = Lettura
cv-spoken-interaction = Interazione orale
cv-spoken-production = Produzione orale
cv-writing = Scrittura
cv-cefr-note = Livelli: A1 e A2 livello base, B1 e B2 livello intermedio, C1 e C2 livello avanzato (Quadro comune europeo di riferimento per le lingue).
cv-skills = Competenze
cv-certificates = Patenti e attestati
cv-issued = rilasciato il { $date }
cv-expires = valido fino al { $date }
cv-availability = Disponibilità
cv-hours-per-week = { $hours ->
    [one] { $hours } ora a settimana
   *[other] { $hours } ore a settimana
}
cv-shifts = Turni: { $shifts }
cv-travel = Disponibile a spostarsi fino a { $km } km
cv-transport = Mezzo di trasporto: { $transport }
cv-available-from = Disponibile dal { $date }
cv-empty = Ancora nulla qui.

## Nomi delle lingue

language-ar = Arabo
language-bn = Bengalese
language-en = Inglese
language-es = Spagnolo
language-fa = Persiano
language-ff = Fula
language-fr = Francese
language-ha = Hausa
language-it = Italiano
language-ku = Curdo
language-ps = Pashtu
language-pa = Punjabi
language-ru = Russo
language-so = Somalo
language-sq = Albanese
language-ti = Tigrino
language-tr = Turco
language-uk = Ucraino
language-ur = Urdu
language-wo = Wolof
language-zh = Cinese

## Errori

error-wrong-key = Non è possibile aprire il diario con la chiave salvata su questo telefono.
error-damaged = Il file del diario è danneggiato. È stato lasciato com'è.
error-no-database = Qui non c'è ancora nessun diario. Puoi iniziarne uno nuovo.
error-closed = Il diario è chiuso. Aprilo di nuovo per continuare.
error-not-found = Questo elemento non esiste più.
error-storage-full = La memoria del telefono è piena. Libera un po' di spazio e riprova: non è stato salvato nulla.
error-other = Qualcosa non ha funzionato. Riprova.
error-invalid-required = Questo campo è necessario.
error-invalid-too-long = Questo testo è troppo lungo.
error-invalid-bad-date = Questa data non è valida.
error-invalid-out-of-range = Questo valore non è accettato.
error-invalid-same-stage = La candidatura è già in questa fase.
error-invalid-before-current-stage = Questa data è precedente alla fase attuale.
error-invalid-end-before-start = La fine viene prima dell'inizio.
error-invalid-bad-key-length = La chiave deve essere lunga 32 byte.
error-bad-content = Un contenuto non è valido.
error-invalid-comment-required = Scrivi che cosa non va.
error-invalid-bad-answer = Questa risposta non corrisponde alla domanda.
error-invalid-not-secure = Questo indirizzo non è sicuro: deve iniziare con https://. Controllalo, oppure inquadra il codice QR del tutor.
error-pack-damaged = Questo pacchetto di lezioni non si può leggere: forse non è stato scaricato o copiato per intero. Scaricalo di nuovo.
error-pack-tampered = Questo pacchetto di lezioni è stato modificato dopo che l'organizzazione lo ha preparato. Non usarlo: chiedilo di nuovo direttamente all'organizzazione.
error-pack-untrusted = Questo pacchetto di lezioni non viene da un'organizzazione che questa app conosce. Non è stato installato.
error-pack-older = Su questo telefono ci sono già lezioni più nuove. Non serve fare nulla.
error-course-not-mastered = Prima completa tutte le lezioni del corso.
error-lesson-not-finished = Prima passa per tutti i passi della lezione.

## Navigazione e azioni comuni

nav-home = Home
nav-diary = La mia ricerca di lavoro
nav-services = Servizi
nav-map = Mappa
nav-lessons = Lezioni
nav-profile = Il mio profilo
nav-settings = Impostazioni
button-save = Salva
button-cancel = Annulla
button-delete = Elimina
button-edit = Modifica
button-add = Aggiungi
button-done = Fatto
button-back = Indietro
button-next = Avanti
button-retry = Riprova
button-share = Condividi
button-call = Chiama
button-directions = Indicazioni
button-close = Chiudi
button-search = Cerca
button-filter = Filtri
button-clear = Cancella
button-undo = Annulla l'ultima azione
saved = Salvato.
deleted = Eliminato.
confirm-delete-title = Vuoi eliminarlo?
confirm-delete-application = Eliminare la candidatura a { $employer }? Vengono eliminati anche la sua storia, i colloqui e i promemoria.
confirm-discard-changes = Uscire senza salvare le modifiche?

## Home e notifiche

home-greeting = Ciao { $name }!
home-overdue = In ritardo
home-today = Oggi
home-this-week = Prossimi 7 giorni
home-follow-up = Nessuna notizia da { $employer } da { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
}. Vuoi chiedere?
home-document-expires = { $document }: scade tra { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
}.
home-document-expired = Documento scaduto: { $document }.
home-permit-renew = Chiedi il rinnovo del permesso di soggiorno almeno 60 giorni prima della scadenza.
notification-action-due = { $action }: { $employer }
notification-interview = Colloquio con { $employer } alle { $time }
notification-meeting = Incontro con { $tutor } alle { $time }
notification-follow-up = Novità da { $employer }?
notification-interview-tomorrow = Domani: colloquio con { $employer } alle { $time }
notification-meeting-tomorrow = Domani: incontro con { $tutor } alle { $time }
notification-appointment-tomorrow = Domani alle { $time }: { $title }
notification-appointment = Alle { $time }: { $title }
notification-where = Dove: { $place }
notification-your-note = La tua nota: { $note }
notification-tutor-answer = Il tuo tutor ha risposto alla tua domanda
notification-your-question = La tua domanda: { $question }
notification-tap-to-open = Tocca per vedere i dettagli.
notification-document-renew = Chiedi in tempo quello nuovo. Tocca per vedere i tuoi documenti.
notification-lesson = Cinque minuti per la tua lezione?
notification-lesson-body = Riprendi da dove ti eri fermato: ogni passo conta.
notification-permit-expiring = Il tuo permesso di soggiorno scade tra { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
}.

## Schermate vuote

empty-applications = Nessuna candidatura. Aggiungi il primo lavoro a cui vuoi candidarti.
empty-agenda = Niente in programma. Ottimo lavoro!
empty-search = Nessun risultato. Prova con altre parole.
empty-favourites = Nessun preferito. Tocca la stella di un servizio per tenerlo qui.
empty-services-nearby = Nessun servizio vicino a te. Prova una distanza più grande o meno filtri.
empty-meetings = Ancora nessun incontro con il tutor.
empty-lessons = Nessuna lezione sul telefono. Collegati a internet per scaricarle.
empty-offline = Sei offline. Tutto quello che è sul telefono funziona lo stesso.

## Il diario

diary-title = La mia ricerca di lavoro
application-new = Nuova candidatura
application-edit = Modifica candidatura
field-employer = Datore di lavoro
field-position = Lavoro
field-city = Città
field-source = Dove l'ho trovato
field-source-detail = Quale sito, agenzia o persona
field-contract = Tipo di contratto
field-contact-name = Persona di contatto
field-contact-phone = Telefono
field-contact-email = E-mail
field-job-url = Link all'offerta di lavoro
field-notes = Note
field-date = Data
field-time = Ora
field-due-date = Entro quando
stage-change = Cambia fase
stage-changed = Spostata in “{ $stage }”.
timeline-title = Storia
interview-add = Aggiungi un colloquio
interview-round = Colloquio { $round }
interview-place = Indirizzo
interview-link = Link della videochiamata o numero di telefono
action-add = Aggiungi un promemoria
action-done = Fatto
documents-title = I miei documenti
document-expires-on = Valido fino al { $date }
document-recognition = Riconoscimento in Italia
meetings-title = Incontri con il tutor
meeting-add = Nuovo incontro
meeting-tutor = Tutor
meeting-topics = Di cosa abbiamo parlato
meeting-agreed-actions = Cosa abbiamo deciso di fare
stats-title = I miei progressi
stats-applications-week = { $count ->
    [one] { $count } candidatura questa settimana
   *[other] { $count } candidature questa settimana
}
stats-answers = { $count ->
    [one] { $count } risposta
   *[other] { $count } risposte
}
stats-interviews = { $count ->
    [one] { $count } colloquio
   *[other] { $count } colloqui
}
stats-hires = { $count ->
    [one] { $count } lavoro trovato
   *[other] { $count } lavori trovati
}
diary-search-placeholder = Cerca nella mia ricerca di lavoro
profile-title = Il mio profilo
profile-languages = Le lingue che parlo
profile-mother-tongue = Lingua madre
profile-experience = Esperienze di lavoro
profile-education = Studi e formazione
profile-skills = Cosa so fare
profile-certificates = Patenti e attestati
profile-availability = Quando e dove posso lavorare
cv-export = Crea il mio curriculum
cv-language = Lingua del curriculum
cv-side-by-side = Mostra il profilo in due lingue

## La mappa dei servizi

services-title = Servizi vicino a me
services-search-placeholder = Cerca servizi
services-list = Elenco
services-map = Mappa
service-open = Aperto
service-open-until = Aperto fino alle { $time }
service-closed = Chiuso
service-opens-at = Apre { $day } alle { $time }
service-opens-today-at = Apre oggi alle { $time }
service-by-appointment = Su appuntamento
service-hours-unknown = Orari non conosciuti
service-distance-m = { $distance } m
service-distance-km = { $distance } km
service-shown-in = Mostrato in { $language }, non disponibile in { $wanted }.
service-translation-machine = Tradotto automaticamente: può contenere errori.
service-translation-outdated = Questa traduzione potrebbe non essere aggiornata.
service-last-verified = Verificato il { $date }
service-no-map-position = Non è sulla mappa: la sua posizione esatta non è nota. Usa l'indirizzo o i contatti.
service-attribution = Fonte: { $attribution }
service-languages-spoken = Lingue parlate qui
service-free = Gratuito
service-paid = A pagamento
service-wheelchair = Accessibile in sedia a rotelle
service-favourite-add = Aggiungi ai preferiti
service-favourite-remove = Togli dai preferiti
service-recent = Visti di recente
service-report = Segnala un'informazione sbagliata
report-kind-closed_for_good = Ha chiuso definitivamente
report-kind-wrong_hours = Gli orari sono sbagliati
report-kind-wrong_address = L'indirizzo è sbagliato
report-kind-wrong_phone = Il numero di telefono è sbagliato
report-kind-other = Altro
report-comment = Che cosa non va?
report-pending = In attesa di invio
report-sent = Inviata. Grazie!
filter-open-now = Aperti ora
filter-free-only = Solo gratuiti
filter-language-spoken = Parlano la mia lingua
filter-for-whom = Per chi
filter-distance = Distanza
audience-everyone = Tutti
audience-asylum_seekers = Richiedenti asilo
audience-refugees = Rifugiati
audience-women = Donne
audience-minors = Minori
category-work = Lavoro e centri per l'impiego
category-job_orientation = Orientamento e formazione
category-italian_courses = Corsi di italiano
category-legal_aid = Assistenza legale e documenti
category-health = Salute
category-mental_health = Salute mentale
category-housing = Casa e accoglienza
category-food = Cibo e beni di prima necessità
category-education = Istruzione e riconoscimento dei titoli
category-digital_help = Aiuto digitale e internet gratuito
category-womens_support = Sostegno alle donne
category-children_families = Bambini e famiglie
category-transport = Trasporti
category-banking = Banca e denaro
contact-phone = Telefono
contact-whatsapp = WhatsApp
contact-email = E-mail
contact-web = Sito web
contact-walk_in = Senza appuntamento

## Il lettore delle lezioni

lessons-title = Lezioni
lesson-start = Inizia
lesson-resume = Continua
lesson-step = Passo { $current } di { $total }
lesson-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuti
}
lesson-level-beginner = Principiante
lesson-level-intermediate = Intermedio
lesson-level-advanced = Avanzato
lesson-try-on-phone = Prova sul tuo telefono
lesson-check = Controlla
lesson-correct = Giusto!
lesson-wrong = Non proprio.
lesson-hint = Suggerimento
lesson-try-again = Riprova
lesson-listen = Ascolta
lesson-glossary = Che cosa vuol dire?
lesson-completed = Lezione completata
lesson-mastered = Hai imparato questa lezione!
lesson-locked = Prima finisci “{ $lesson }”.
lesson-progress = { $done } lezioni fatte su { $total }
quiz-choose-one = Scegli una risposta.
quiz-choose-many = Scegli tutte le risposte giuste.
quiz-true = Vero
quiz-false = Falso
quiz-order = Metti i passi in ordine.
quiz-match = Abbina le coppie.
quiz-picture = Scegli l'immagine giusta.
lesson-mastery-all-correct = Per imparare questa lezione, rispondi bene a ogni domanda.
lesson-mastery-m-of-n = Per imparare questa lezione, dai { $count ->
    [one] una risposta giusta
   *[other] { $count } risposte giuste
} sulle ultime { $total }.
lesson-mastery-streak = Per imparare questa lezione, dai { $count ->
    [one] una risposta giusta.
   *[other] { $count } risposte giuste di fila.
}
quiz-missing = Non proprio: { $count ->
    [one] manca una risposta giusta.
   *[other] mancano { $count } risposte giuste.
}
quiz-order-wrong = Non proprio: { $count ->
    [one] un passo non è al suo posto.
   *[other] { $count } passi non sono al loro posto.
}
quiz-pairs-wrong = Non proprio: { $count ->
    [one] una coppia non è giusta.
   *[other] { $count } coppie non sono giuste.
}
certificate-title = Attestato
certificate-body = { $name } ha completato il corso “{ $course }” il { $date }.

## Sincronizzazione, collegamento e privacy

sync-now = Sincronizza ora
sync-last = Ultima sincronizzazione { $when }
sync-never = Mai sincronizzato
sync-pending = { $count ->
    [one] { $count } modifica in attesa di invio
   *[other] { $count } modifiche in attesa di invio
}
sync-offline = Nessuna connessione. Le modifiche sono salvate sul telefono e saranno inviate più tardi.
sync-failed = La sincronizzazione non ha funzionato. L'app riproverà da sola.
pair-title = Collegati con il tuo tutor
pair-enter-code = Scrivi il codice che ti ha dato il tutor
pair-done = Collegato con { $organisation }.
share-title = Cosa condivido con il tutor
share-diary = La mia ricerca di lavoro
share-progress = Le mie lezioni
share-reports = Le mie segnalazioni sui servizi
share-stats = Statistiche anonime
unpair = Scollegati dal tutor
delete-my-data = Cancella i miei dati
delete-my-data-confirm = Così cancelli i tuoi dati sul telefono e sul server. Non si può tornare indietro.
settings-language = Lingua
settings-text-size = Dimensione del testo
settings-about = Informazioni su Ponte

# Sync with the coordinator
error-already-paired = Questo telefono è già collegato a un tutor. Scollegalo prima.
error-sync-offline = Nessuna connessione. Le tue modifiche restano sul telefono e saranno inviate più tardi.
error-sync-not-paired = Questo telefono non è ancora collegato a un tutor.
error-sync-bad-code = Questo codice non funziona: forse è sbagliato, già usato o scaduto. Chiedi al tuo tutor un codice nuovo.
error-sync-busy = Aggiornamento già in corso. Aspetta un momento.
error-sync-cancelled = Aggiornamento interrotto.
error-sync-unpaired = La tua organizzazione ha scollegato questo telefono. Chiedi al tuo tutor un codice nuovo.
error-sync-refused = Il server non ha accettato l'aggiornamento. I tuoi dati sono al sicuro; avvisa il tuo tutor.
error-sync-server = Il server ha un problema. Ponte riproverà più tardi.
error-sync-bad-answer = Non è stato possibile leggere la risposta del server. Ponte riproverà più tardi.
error-sync-update-required = Questa versione di Ponte è troppo vecchia per aggiornarsi con la tua organizzazione. Aggiorna Ponte dallo store: i tuoi dati restano sul telefono.
error-sync-too-many-attempts = Da questa rete sono stati provati troppi codici sbagliati. Aspetta 15 minuti, poi riprova.

## I campi nominati dagli errori ("Datore di lavoro: questo campo serve"): field-<record>-<campo>.
error-in-field = { $field }: { $problem }
field-application-employer = Datore di lavoro
field-application-position = Lavoro
field-application-source-detail = Quale sito, agenzia o persona
field-application-city = Città
field-application-contact-name = Persona di contatto
field-application-contact-phone = Telefono del contatto
field-application-contact-email = E-mail del contatto
field-application-job-url = Link all'offerta di lavoro
field-application-notes = Note
field-application-stage = Fase
field-application-at = Data
field-application-stage-note = Nota
field-interview-at = Data e ora del colloquio
field-interview-place = Indirizzo del colloquio
field-interview-link = Link della videochiamata
field-interview-notes = Note sul colloquio
field-action-note = Cosa fare
field-action-due-at = Entro quando
field-document-permit-type = Tipo di permesso
field-document-title = Nome del documento
field-document-expires-on = Data di scadenza
field-document-notes = Note
field-meeting-at = Data e ora dell'incontro
field-meeting-tutor = Tutor
field-meeting-topics = Argomenti
field-meeting-notes = Note
field-meeting-agreed-action = Azione concordata
field-personal-full-name = Nome e cognome
field-personal-email = E-mail
field-personal-phone = Telefono
field-personal-city = Città
field-personal-summary = Su di me
field-availability-hours-per-week = Ore a settimana
field-availability-shifts = Turni
field-availability-max-travel-km = Distanza massima dal lavoro
field-availability-available-from = Disponibile da
field-language-language = Lingua
field-experience-role = Lavoro
field-experience-employer = Datore di lavoro
field-experience-sector = Settore
field-experience-country = Paese
field-experience-city = Città
field-experience-start-month = Inizio
field-experience-end-month = Fine
field-experience-tasks = Mansioni
field-education-title = Titolo di studio
field-education-institution = Scuola o università
field-education-eqf-level = Livello (EQF)
field-education-country = Paese
field-education-start-year = Anno di inizio
field-education-end-year = Anno di fine
field-skill-text = Competenza
field-skill-esco-uri = Link ESCO
field-certificate-name = Patente o attestato
field-certificate-issuer = Rilasciato da
field-certificate-issued-on = Data di rilascio
field-certificate-expires-on = Data di scadenza
field-report-comment = Cosa è sbagliato
field-question-text = La tua domanda
field-pairing-server = Indirizzo del server
field-pairing-code = Codice di collegamento
field-lesson-answer = Risposta
field-lesson-step = Passo
field-lesson-name = Nome sull'attestato
field-query-now = Data e ora
field-query-time-zone = Fuso orario
field-query-lat = Latitudine
field-query-lon = Longitudine
field-query-radius-m = Distanza
field-query-cursor = Pagina
field-query-limit = Quanti per pagina
field-store-key = Chiave
field-store-path = File del diario
field-store-trusted-keys = Chiavi di firma fidate
field-navigation-link = Link

## Il nucleo dell'app: schermate e primo avvio
nav-guides = Guide
nav-tutor = Il mio tutor
app-screen-not-built = Questa schermata non è ancora pronta. Tutto quello che hai salvato è al sicuro.
home-sync-not-paired = Il tuo diario resta su questo telefono. Collegati con un tutor per condividerlo.
first-run-ui-language = Scegli la tua lingua
first-run-content-language = In quale lingua vuoi leggere i servizi e le lezioni?
first-run-same-language = La stessa lingua
first-run-install = Preparazione
first-run-installing = Sto mettendo i servizi e le lezioni sul tuo telefono. Non serve internet.
first-run-install-missing = Non è stato possibile leggere i file dell'app. Puoi riprovare o andare avanti: il diario funziona anche senza.
first-run-city = La tua città
first-run-city-services = { $count ->
    [one] { $count } servizio
   *[other] { $count } servizi
}
first-run-privacy = I tuoi dati
first-run-privacy-phone = Tutto quello che scrivi resta su questo telefono, chiuso con una chiave che ha solo questo telefono.
first-run-privacy-shared = Niente viene condiviso, a meno che tu non ti colleghi con un tutor e scelga cosa condividere. Puoi smettere di condividere in ogni momento.
first-run-privacy-erase = Puoi cancellare tutto dalle Impostazioni in ogni momento.
first-run-privacy-accept = Ho capito
first-run-pairing = Collegati con un tutor
first-run-pairing-explain = Se un'organizzazione ti aiuta, il tuo tutor può darti un codice. Puoi farlo anche più tardi.
first-run-pairing-scan = Inquadra il codice
first-run-pairing-type = Scrivi il codice
first-run-pairing-skip = Non ora
field-settings-ui-language = Lingua dell'app
field-settings-content-language = Lingua di servizi e lezioni
field-settings-city = Città
field-notifications-quiet-hours = Ore di silenzio
