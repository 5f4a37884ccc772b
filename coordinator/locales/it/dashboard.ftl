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

## Navigazione ed errori
nav-beneficiaries = Beneficiari
nav-reports = Segnalazioni
nav-accounts = Account
nav-audit = Registro delle modifiche
nav-logout = Esci
nav-signed-in = { $user } ({ $role })
back = Indietro
error-title = Qualcosa non ha funzionato
error-forbidden = Il tuo account non può vedere o fare questo.
error-csrf = Questo modulo è scaduto. Torna indietro, ricarica la pagina e riprova.
error-internal = Il server non è riuscito a farlo. Riprova; se continua a non funzionare, avvisa l'amministratore.
error-not-found = Non trovato

## Accesso
login-title = Accedi
login-username = Nome utente
login-password = Password
login-submit = Accedi
login-wrong = Nome utente o password sbagliati.
login-too-many = Troppi tentativi falliti. Aspetta 15 minuti, o chiedi a un amministratore di reimpostare la password.

## Beneficiari
beneficiary-nickname = Soprannome
beneficiary-languages = Lingue
beneficiary-tutor = Tutor
beneficiary-none = Nessun beneficiario per ora.
beneficiary-add = Aggiungi un beneficiario
beneficiary-privacy = Solo un soprannome e le lingue: nessun nome, nessun documento, niente sull'asilo.
beneficiary-devices = Telefoni
beneficiary-new-code = Nuovo codice di abbinamento
beneficiary-no-devices = Nessun telefono abbinato per ora.
beneficiary-shares = Cosa condivide con te
beneficiary-shares-nothing = Niente per ora: la persona sceglie sul suo telefono cosa condividere.
beneficiary-items = Le tue voci per questa persona
device-paired = abbinato il { $when }
device-seen = visto l'ultima volta il { $when }
device-revoked = revocato
device-revoke = Revoca
consent-diary = diario della ricerca di lavoro
consent-progress = progressi nelle lezioni
consent-profile = profilo delle competenze
consent-outcomes = conteggi anonimi dei risultati
record-application = Candidatura
record-diary-meeting = Incontro nel diario
record-lesson-progress = Progressi in una lezione
record-profile = Profilo
record-tutor-note = Nota
record-referral = Invio a un servizio
record-tutor-meeting = Incontro
record-job-offer = Offerta di lavoro suggerita
item-add = Aggiungi una voce
item-kind = Tipo
item-title = Titolo
item-text = Testo
item-service = Id del servizio (per un invio)
item-at = Data e ora (appuntamento, incontro)
item-place = Luogo
item-url = Link (offerta di lavoro)
item-bad-kind = Scegli il tipo di voce.
item-edit = Modifica o elimina
item-save = Salva le modifiche
item-delete = Elimina questa voce
code-title = Codice di abbinamento
code-explain = Sul telefono, apri Ponte, scegli “Collegati al mio tutor” e scrivi questo codice, oppure inquadra il codice QR.
code-expires = Valido una volta, fino al { $when }.
code-qr = Lo stesso codice come codice QR.

## Servizi
nav-services = Servizi
nav-lessons = Lezioni
nav-outcomes = Risultati
service-search = Cerca per nome, ente, città o codice
service-search-button = Cerca
service-all-regions = Tutti i territori
service-import = Importa servizi da un file
service-organisation = Ente
service-city = Città
service-lat = Latitudine
service-lon = Longitudine
service-last-verified = Ultima verifica (AAAA-MM-GG)
service-hours-help = Sintassi di OpenStreetMap, per esempio: Mo-Fr 09:00-13:00; Sa 09:00-12:00; PH off
service-contacts = Contatti
service-contact-phone = Telefono
service-contact-whatsapp = WhatsApp
service-contact-email = E-mail
service-contact-web = Sito web
service-contact-walk-in = Accesso libero senza appuntamento (dove o quando)
service-free = Gratuito
service-wheelchair = Accessibile in sedia a rotelle
service-unknown = Non si sa
service-yes = Sì
service-no = No
service-version = Versione { $version }
service-source-language = testi scritti in { $language }
service-texts = Testi
service-text-source = Testo originale ({ $language })
service-text-translation = Traduzione ({ $language })
service-outdated = Traduzione da aggiornare: è stata fatta dalla versione { $from }, ma il testo originale ora è alla versione { $version }. Controllala e salva, oppure indica che è stata controllata da una persona.
service-description = Descrizione
service-eligibility = Chi può rivolgersi
service-how-to = Come arrivare, cosa portare
service-provenance = Provenienza del testo
provenance-original = Scritto in questa lingua
provenance-machine = Traduzione automatica, non controllata
provenance-reviewed = Controllato da una persona
service-save = Salva
service-saved = Salvato. I telefoni ricevono la modifica alla prossima sincronizzazione.
service-delete = Elimina questo servizio
service-delete-explain = Il servizio scompare dai telefoni alla prossima sincronizzazione.
service-refused = Non salvato. { $field }: { $message }
service-required = è obbligatorio
service-bad-hours = non sono orari validi nella sintassi di OpenStreetMap: vedi l'esempio sotto il campo
service-not-a-number = non è un numero
service-not-yes-no = scegli sì, no oppure non si sa
service-bad-provenance = scegli da dove viene il testo
service-changed-meanwhile = Qualcun altro ha salvato questo servizio dopo che l'hai aperto. Ricarica la pagina per vedere le sue modifiche, poi rifai le tue.
category-work = Lavoro e centri per l'impiego
category-job-orientation = Orientamento al lavoro
category-italian-courses = Corsi di italiano
category-legal-aid = Assistenza legale e documenti
category-health = Salute
category-mental-health = Salute mentale
category-housing = Casa
category-food = Cibo e beni di prima necessità
category-education = Istruzione
category-digital-help = Aiuto digitale
category-womens-support = Sostegno alle donne
category-children-families = Bambini e famiglie
category-transport = Trasporti
category-banking = Banca e denaro

## Importazione
import-explain = Il file viene importato tutto o per niente: se una riga è sbagliata non cambia nulla, e le righe sbagliate vengono elencate tutte.
import-file = File
import-format = Formato
import-format-csv = CSV (colonne di Ponte)
import-format-geojson = GeoJSON
import-format-osm = OpenStreetMap (JSON di Overpass)
import-submit = Importa
import-no-file = Scegli il file da importare.
import-region-city = Indica il territorio e la città.
import-bad-format = Scegli il formato del file.
import-unreadable = Il file non si può leggere: { $reason }
import-refused = { $count ->
    [one] Una riga è sbagliata: non è stato importato nulla.
   *[other] { $count } righe sono sbagliate: non è stato importato nulla.
}
import-row = Riga
import-field = Campo
import-reason = Problema
import-done = { $count } servizi letti: { $changed } modificati, { $unchanged } invariati.

## Segnalazioni
report-none = Nessuna segnalazione aperta.
report-service = Servizio
report-kind = Cosa non va
report-comment = Commento
report-date = Inviata
report-fix = Correggi il servizio
report-dismiss = Archivia
report-resolved = Segnalazione risolta.
report-dismissed = Segnalazione archiviata.
report-kind-closed-for-good = Chiuso definitivamente
report-kind-wrong-hours = Orari sbagliati
report-kind-wrong-address = Indirizzo sbagliato
report-kind-wrong-phone = Numero di telefono sbagliato
report-kind-other = Altro

## Lezioni
lessons-count = { $count ->
    [one] { $count } lezione
   *[other] { $count } lezioni
}
lessons-other-key = Il pacchetto pubblicato non è firmato con la chiave di questo coordinatore: un nuovo caricamento pubblica solo i corsi caricati.
lessons-key = I telefoni devono fidarsi di questa chiave pubblica: { $key }
lessons-demo-key = I pacchetti sono firmati con la chiave dimostrativa, che è pubblica: non garantiscono nulla. Non usarla con beneficiari reali.
lessons-upload = Pubblica corsi
lessons-upload-explain = Uno o più file di corso (JSON, vedi content/lessons/FORMAT.md). Un corso con lo stesso codice di uno pubblicato lo sostituisce; gli altri restano. Prima si controlla tutto: se qualcosa non va, non viene pubblicato nulla.
lessons-files = File dei corsi
lessons-submit = Controlla e pubblica
lessons-published = Versione { $version } pubblicata: i telefoni la installano alla prossima sincronizzazione.
lessons-twice = il corso { $course } compare in due file
lessons-no-files = Scegli almeno un file di corso.
lessons-refused = Non è stato pubblicato nulla. Problemi trovati:

## Risultati
outcome-explain = Conteggi anonimi dai telefoni delle persone che hanno scelto di condividerli: nessuno può essere riconosciuto.
outcome-none = Ancora nessun risultato condiviso.
outcome-chart = Totali per mese, tutti gli enti.
outcome-month = Mese
outcome-organisation = Ente
outcome-applications = Candidature
outcome-interviews = Colloqui
outcome-hires = Assunzioni
outcome-lessons = Lezioni completate
outcome-phones = Telefoni

## Account e registro
account-role = Ruolo
account-new-password = Nuova password
account-set-password = Imposta
account-add = Aggiungi un account
account-rules = Nome utente: lettere minuscole, cifre e - _ . @. Password: almeno 10 caratteri. Impostare una nuova password chiude le sessioni aperte dell'account.
account-bad-role = Scegli un ruolo.
role-admin = Amministratore
role-operator = Operatore
role-tutor = Tutor
audit-when = Quando
audit-who = Chi
audit-action = Cosa
audit-target = Su
audit-detail = Dettagli

## Mappa offline della città
nav-maps = Mappa
maps-title = Mappa offline della città
maps-current = Mappa di { $region }: versione { $version }, { $bytes } byte, zoom { $min }–{ $max }, pubblicata { $when }.
maps-bounds = Area: sud { $south }, ovest { $west }, nord { $north }, est { $east }.
maps-none = Nessuna mappa pubblicata per { $region }: i telefoni mostrano i servizi in elenco e la schermata della mappa dice che la mappa non c'è.
maps-upload = Pubblica una mappa
maps-upload-explain = Un file PMTiles (versione 3) del territorio, fino a 256 MiB, per esempio ritagliato con "pmtiles extract" da una build Protomaps con il riquadro del territorio. Area e livelli di zoom si leggono dal file. I telefoni lo scaricano in Wi-Fi (o con i dati mobili se la persona lo permette) e sostituiscono la mappa solo quando la nuova è completa e la firma torna.
maps-file = File PMTiles
maps-submit = Controlla e pubblica
maps-published = Versione { $version } pubblicata: i telefoni la scaricano al prossimo controllo della mappa.
maps-refused = Non è stato pubblicato nulla:
maps-no-file = Scegli un file PMTiles.
maps-not-pmtiles = non è un file PMTiles (non inizia con "PMTiles").
maps-version = è un PMTiles versione { $version }; si può pubblicare solo la versione 3 (convertilo con "pmtiles convert").
maps-truncated = il file è incompleto: l'intestazione indica dati oltre la sua fine. Caricalo di nuovo.
maps-zoom = i livelli di zoom { $min }–{ $max } nell'intestazione non sono possibili.
maps-bounds-bad = l'area nell'intestazione non è un rettangolo sulla Terra.
maps-too-large = il file supera 256 MiB: ritaglia un'area più piccola o meno livelli di zoom.
