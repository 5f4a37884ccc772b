# Ponte coordinator dashboard, italiano.
# Review: machine
dashboard-title = Coordinatore Ponte
dashboard-demo-warning = Dati dimostrativi: i servizi non sono verificati, e le persone, i loro diari, domande, segnalazioni e risultati sono inventati. Non darli ai beneficiari così come sono.
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

## Date (Europe/Rome) e pagina iniziale
date-month = { $month ->
    [1] gen
    [2] feb
    [3] mar
    [4] apr
    [5] mag
    [6] giu
    [7] lug
    [8] ago
    [9] set
    [10] ott
    [11] nov
   *[12] dic
}
date-time = { $day } { $month } { $year }, { $time }
overview-waiting = In attesa di una tua risposta
overview-waiting-none = Nessuno aspetta una tua risposta.
overview-question = Domanda
overview-asked = Inviata
overview-week = Appuntamenti della settimana
overview-week-none = Nessun appuntamento questa settimana.
overview-when = Quando
overview-what = Cosa
overview-unchecked = Servizi non controllati da un anno
overview-unchecked-none = Ogni servizio del tuo territorio è stato controllato nell'ultimo anno.
overview-sources-due = Fatti nelle lezioni non controllati nell'ultimo anno
overview-sources-due-none = Ogni fatto citato dalle lezioni pubblicate è stato controllato sulla sua fonte nell'ultimo anno.
overview-sources-due-count = { $count ->
    [one] Una fonte citata dalle lezioni va ricontrollata: aprila, verifica cosa dicono le lezioni e pubblica il corso con la nuova data.
   *[other] { $count } fonti citate dalle lezioni vanno ricontrollate: apri ciascuna, verifica cosa dicono le lezioni e pubblica il corso con la nuova data.
}
overview-course = Corso
overview-source = Fonte
overview-unchecked-count = { $count ->
    [one] Un servizio del tuo territorio va controllato: chiamalo o guarda il suo sito, e scrivi la data di oggi in «Ultima verifica».
   *[other] { $count } servizi del tuo territorio vanno controllati: chiamali o guarda i loro siti, e scrivi la data di oggi in «Ultima verifica».
}
overview-last-checked = Ultima verifica
overview-never-checked = Mai
overview-reports = Segnalazioni aperte di informazioni sbagliate
overview-outdated = Traduzioni da aggiornare
overview-outdated-none = Nessuna traduzione da aggiornare: ognuna è stata fatta dal testo attuale.
overview-kind = Tipo
overview-a-service = Servizio
overview-a-guide = Guida
overview-languages = Lingue da aggiornare
overview-more = { $count ->
    [one] E un altro
   *[other] E altri { $count }
}
overview-username = Nome utente
overview-manage-accounts = Gestisci gli account
overview-audit = Ultime modifiche
overview-all-audit = Tutto il registro delle modifiche

## Navigazione ed errori
nav-beneficiaries = Beneficiari
nav-reports = Segnalazioni
nav-accounts = Account
nav-audit = Registro delle modifiche
nav-logout = Esci
nav-signed-in = { $user } ({ $role })
brand-name = Ponte
skip-to-content = Salta al contenuto principale
nav-label = Menu principale
nav-home = Panoramica
back = Indietro
error-title = Qualcosa non ha funzionato
error-forbidden = Il tuo account non può vedere o fare questo.
error-csrf = Questo modulo è scaduto. Torna indietro, ricarica la pagina e riprova.
error-internal = Il server non è riuscito a farlo. Riprova; se continua a non funzionare, avvisa l'amministratore.
error-not-found = Non trovato
error-bad-upload = Il modulo con i file non è arrivato intero. Torna indietro, scegli di nuovo i file e rimandalo.

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
shared-field-employer = Datore di lavoro
shared-field-position = Lavoro
shared-field-source-detail = Trovato tramite
shared-field-city = Città
shared-field-contact-name = Contatto
shared-field-contact-phone = Telefono del contatto
shared-field-contact-email = E-mail del contatto
shared-field-job-url = Annuncio
shared-field-notes = Note
shared-field-stage = Fase
shared-field-stage-note = Nota sulla fase
shared-field-stage-changed-at = Fase cambiata il
shared-field-created-at = Aggiunta il
shared-field-at = Quando
shared-field-topics = Argomenti
shared-field-tutor = Tutor
shared-field-title = Titolo
shared-field-text = Testo
shared-field-place = Luogo
shared-field-url = Link
shared-field-service = Servizio
stage-saved = Salvata
stage-applied = Candidatura inviata
stage-interview = Colloquio
stage-offer = Offerta
stage-hired = Assunto
stage-offer-declined = Offerta rifiutata
stage-rejected = Non selezionato
stage-withdrawn = Ritirata
stage-expired = Scaduta
stage-no-answer = Nessuna risposta
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

## Domande dal telefono ("chiedi al mio tutor")
beneficiary-questions = Domande
question-none = Nessuna domanda per ora: la persona può mandartene una da Chiedi sul suo telefono quando nessuna guida risponde.
question-open = In attesa della tua risposta
question-answered = Risposta data
question-asked = inviata { $when }
question-answered-by = Risposta di { $who }, { $when }. Il telefono riceve la risposta come nota alla prossima sincronizzazione.
question-answer = La tua risposta
question-script = Oppure rispondi con un copione per operatori
question-script-none = Nessun copione
question-help = Con un copione scelto e nessun testo, si invia il testo del copione nella lingua della persona (o in inglese, o in italiano).
question-send = Invia la risposta
question-answer-sent = Risposta inviata: il telefono la riceve come nota alla prossima sincronizzazione.
question-empty = Scrivi una risposta o scegli un copione.
question-too-long = Una risposta ha al massimo 4000 caratteri.
question-bad-script = Scegli uno dei copioni dell'elenco.
question-already-answered = A questa domanda è già stata data una risposta.

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
service-refused = Non salvato. { $field }:
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
import-explain = Carica il file: prima vedi come viene letta ogni riga, corretta, con avvisi o rifiutata, e nulla viene scritto finché non confermi.
import-file = File
import-format = Formato
import-format-csv = CSV (qualsiasi foglio di calcolo salvato come CSV)
import-format-geojson = GeoJSON
import-format-osm = OpenStreetMap (JSON di Overpass)
import-no-file = Scegli il file da importare.
import-region-city = Indica il territorio e la città.
import-bad-format = Scegli il formato del file.
import-unreadable = Il file non si può leggere:
import-row = Riga
import-field = Campo
import-reason = Problema
import-source = Fonte
import-source-none = Nessuna (un file occasionale)
import-source-explain = Con una fonte, un nuovo file della stessa fonte aggiorna i servizi che ha dato l'ultima volta, e la corrispondenza delle colonne resta salvata per il prossimo.
import-preview = Carica e vedi l'anteprima
import-too-large = Il file è più grande di { $mib } MiB: dividilo in file più piccoli.
import-no-such-source = Questa fonte non esiste: scegline una dall'elenco.
import-gone = Questo caricamento non è più in attesa (importato, annullato o più vecchio di due ore): carica di nuovo il file.
import-preview-title = Importazione di { $file }
import-nothing-yet = Non è stato ancora scritto nulla: controlla le righe, poi conferma.
import-read-as = Letto come { $encoding }, separatore { $separator }, { $columns } colonne.
import-summary = { $total } righe: { $good } si possono importare ({ $warned } con avvisi), { $refused } rifiutate.
import-reading = Come viene letto il file
import-encoding = Codifica
import-separator = Separatore
import-separator-comma = virgola (,)
import-separator-semicolon = punto e virgola (;)
import-separator-tab = tabulazione
import-separator-pipe = barra verticale (|)
import-mapping = Colonne
import-mapping-explain = Scegli che cosa diventa in Ponte ogni colonna del file. Le colonne lasciate «non importata» restano fuori.
import-column = Colonna del file
import-example = Prima riga
import-becomes = Diventa
import-column-new = nuova rispetto alla corrispondenza salvata
import-constants = Valori per tutte le righe
import-constants-explain = Usati dove una riga lascia il campo vuoto.
import-defaults-explain = Per gli oggetti del file che non li dicono: il tipo di servizio (un oggetto i cui tag non ne indicano uno che la tabella conosce) e chi lo gestisce (nessun tag operator).
import-geocoded = Posizione dal geocodificatore, { $precision }: { $place }. Controllala.
import-geocoded-count = { $count } posizioni trovate dal geocodificatore.
import-not-geocoded = { $count } righe hanno un indirizzo e nessuna posizione: il geocodificatore può cercarle, una al secondo.
import-geocode = Trova le posizioni di { $count } righe
import-no-geocoder = Questo coordinatore non ha un geocodificatore (serve --geocoder-url), o il file non è un CSV.
import-languages-spoken = Lingue parlate (codici separati da ;)
import-file-language = Lingua dei nomi e delle descrizioni (codice)
import-preview-again = Rivedi l'anteprima
import-bad-choice = Questa scelta non è tra quelle dell'elenco: scegli di nuovo.
import-bad-language = Un codice di lingua non è valido: usa codici come it, en, ar.
import-plan = Che cosa fa l'importazione a { $source }
import-plan-counts = { $added } nuovi, { $changed } modificati, { $unchanged } invariati, { $gone } non più nel file.
import-gone-explain = Questi servizi della fonte non sono più nel file: restano, a meno che tu scelga di ritirarli.
import-duplicates = Forse già sulla mappa
import-duplicate = { $new } sembra { $existing } (a { $metres } m, nomi simili al { $percent }%).
import-open = apri
import-retire = Ritira i servizi non più nel file (i telefoni li tolgono)
import-good-only = Le { $refused } righe rifiutate non vengono importate: scaricale, correggile e caricale di nuovo.
import-confirm = { $count ->
    [one] Importa la riga che si può importare
   *[other] Importa le { $count } righe che si possono importare
}
import-nothing-good = Nessuna riga si può importare: correggi il file e caricalo di nuovo.
import-cancel = Non importare nulla
import-already = Questo file è già stato importato.
import-done-counts = Importati: { $count } servizi, { $changed } modificati, { $unchanged } invariati, { $retired } ritirati; { $refused } righe rifiutate.
import-refused-download = Scarica le { $count } righe rifiutate (CSV)
import-refused-rows = Righe rifiutate
import-rows = Prime { $shown } righe di { $total }
import-status = Stato
import-name = Nome
import-details = Dettagli
import-status-ok = corretta
import-status-warning = avviso
import-status-refused = rifiutata
import-target-ignore = (non importata)
import-field-id = Codice nella fonte
import-field-organisation = Ente
import-field-name = Nome
import-field-description = Descrizione
import-field-categories = Categorie
import-field-address = Indirizzo (via)
import-field-house-number = Numero civico
import-field-postcode = CAP
import-field-city = Comune
import-field-province = Provincia
import-field-district = Quartiere o municipio
import-field-lat = Latitudine
import-field-lon = Longitudine
import-field-opening-hours = Orari di apertura
import-field-phone = Telefono
import-field-whatsapp = WhatsApp
import-field-email = E-mail
import-field-web = Sito web
import-field-languages-spoken = Lingue parlate
import-field-free = Gratuito
import-field-wheelchair = Accesso in carrozzina
import-field-last-verified = Ultimo controllo
import-field-source = Controllato da

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
audit-action-login = Accesso
audit-action-logout = Uscita
audit-action-account-add = Account aggiunto
audit-action-account-password = Password cambiata
audit-action-beneficiary-add = Persona aggiunta
audit-action-beneficiary-erase = Persona cancellata
audit-action-consent-grant = Consenso dato
audit-action-consent-withdraw = Consenso ritirato
audit-action-device-pair = Telefono collegato
audit-action-device-revoke = Telefono revocato
audit-action-device-unpair = Telefono scollegato
audit-action-item-add = Voce aggiunta
audit-action-item-edit = Voce modificata
audit-action-item-delete = Voce eliminata
audit-action-lessons-publish = Lezioni pubblicate
audit-action-maps-publish = Mappa della città pubblicata
audit-action-pairing-code-create = Codice di collegamento creato
audit-action-question-answer = Domanda risposta
audit-action-service-delete = Servizio eliminato
audit-action-service-edit = Servizio modificato
audit-action-service-import = Servizi importati
audit-action-guide-create = Guida creata
audit-action-guide-edit = Guida modificata
audit-action-guide-image = Immagine della guida inserita
audit-action-guide-image-remove = Immagine della guida tolta
audit-action-guide-make-public = Guida resa pubblica
audit-action-guide-publish = Guida pubblicata
audit-action-guide-unpublish = Guida ritirata
audit-action-report-dismissed = Segnalazione archiviata
audit-action-report-resolved = Segnalazione risolta
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

## Guide
nav-guides = Guide
guide-national = Nazionali (ogni territorio)
guide-tree-explain = L'albero che mostrano i telefoni di un territorio: le guide nazionali e quelle del territorio. I copioni per gli operatori non vanno mai ai telefoni; una guida non pubblicata la vedono solo i redattori.
guide-show = Mostra
guide-language = Lingua
guide-none = Ancora nessuna guida qui.
guide-new = Nuova guida
guide-new-under = Aggiungi una guida sotto questa
guide-title = Titolo
guide-body = Testo
guide-body-help = Titoli (# Titolo), elenchi (- voce, 1. voce), **grassetto**, link a indirizzi https://, mailto: e tel:, e dentro Ponte: [testo](service:ID), [testo](lesson:ID), [testo](guide:ID). I numeri di telefono e gli indirizzi scritti nel testo vengono riconosciuti. Niente immagini nel testo (l'unica immagine della guida si carica nella parte Immagine di questa pagina), HTML, codice o citazioni.
guide-id = Codice
guide-id-help = Lettere minuscole, cifre e - _ . : (per esempio codice-fiscale). Non si può cambiare dopo.
guide-id-taken = esiste già una guida con questo codice
guide-parent = Sotto
guide-parent-top = (in cima all'albero)
guide-parent-missing = nessuna guida ha questo codice
guide-parent-region = una guida nazionale può stare solo sotto una guida nazionale; una guida del territorio sotto una nazionale o una dello stesso territorio
guide-parent-loop = una guida non può stare sotto sé stessa o sotto una delle sue guide
guide-position = Posizione tra le guide accanto (prima la più piccola)
guide-visibility = Chi la legge
guide-visibility-public = Tutti: i telefoni
guide-visibility-operators = Solo operatori: un copione per rispondere alle persone
guide-source-language = Lingua del testo originale
guide-last-checked = Ultima verifica sulle fonti ufficiali (AAAA-MM-GG)
guide-sources = Fonti ufficiali
guide-source-title = Nome della fonte
guide-source-url = Indirizzo (https://)
guide-text-source = Testo originale ({ $language })
guide-text-translation = Traduzione ({ $language })
guide-outdated = Traduzione da aggiornare: è stata fatta dalla versione { $from }, ma il testo originale ora è alla versione { $version }. Controllala e salva, oppure indica che è stata controllata da una persona.
guide-remove-hint = Per togliere questa traduzione, svuota titolo e testo e salva.
guide-add-language = Aggiungi una traduzione in
guide-add = Aggiungi
guide-save = Salva
guide-preview = Anteprima
guide-preview-in = Anteprima in
guide-preview-empty = Ancora niente da mostrare: scrivi un titolo e un testo.
guide-saved = Salvato.
guide-created = Guida creata. Non è ancora pubblicata: finché non la pubblichi la vedono solo i redattori.
guide-refused = Non salvato: non è cambiato nulla.
guide-required = è obbligatorio
guide-not-a-number = non è un numero intero
guide-bad-choice = scegli una delle opzioni
guide-bad-language = scegli una lingua
guide-changed-meanwhile = Qualcun altro ha salvato questa guida dopo che l'hai aperta. Ricarica la pagina per vedere le sue modifiche, poi rifai le tue.
guide-link-service = servizio { $id }
guide-link-lesson = lezione { $id }
guide-link-guide = guida { $id }
guide-link-missing = non trovato
guide-phone = Numero di telefono: { $number }
guide-address = Indirizzo
guide-published = Pubblicata
guide-draft = Non pubblicata
guide-state-public = Pubblicata: i telefoni la ricevono alla prossima sincronizzazione.
guide-state-script = Pubblicata per i tutor. I copioni per gli operatori non vanno mai ai telefoni.
guide-state-draft = Non pubblicata: la vedono solo i redattori; i telefoni non la ricevono e i tutor non la vedono.
guide-publish = Pubblica
guide-unpublish = Ritira
guide-published-done = Pubblicata.
guide-unpublished-done = Ritirata: i telefoni la tolgono alla prossima sincronizzazione.
guide-make-public = Trasforma in guida pubblica
guide-make-public-explain = Questo copione diventa una guida per tutti: finché è pubblicata, i telefoni la ricevono alla prossima sincronizzazione, nelle sue lingue. La sua versione sale, quindi le traduzioni risultano da aggiornare finché qualcuno non le controlla.
guide-make-public-confirm = Sì, trasformala in guida pubblica
guide-made-public = Ora è una guida pubblica.
guide-history = Chi ha cambiato cosa
guide-history-none = Nessuna modifica registrata.
guide-version = Versione { $version }
guide-in-language = Mostrata in { $language }: non c'è un testo nella lingua scelta.
guide-checked = Verificata il { $date } su:
guide-under-it = Guide sotto questa
guide-status = Traduzioni
guide-status-original = originale
guide-status-reviewed = controllata
guide-status-machine = automatica
guide-status-outdated = da aggiornare
guide-status-missing = manca
guide-image = Immagine
guide-image-explain = Una sola immagine, mostrata sopra il testo della guida sui telefoni: JPEG, PNG o WebP di al massimo { $kib } KiB e { $side } pixel per lato. Ogni telefono del territorio la scarica con la guida, spesso con un piano prepagato: tienila leggera. Descrivila a parole per chi usa un lettore di schermo.
guide-image-none = Questa guida non ha un'immagine.
guide-image-about = { $type }, { $width } × { $height } pixel, { $kib } KiB
guide-image-file = File dell'immagine (JPEG, PNG o WebP)
guide-image-alt = Descrizione dell'immagine
guide-image-alt-in = Descrizione dell'immagine ({ $language }), letta dai lettori di schermo
guide-image-upload = Carica l'immagine
guide-image-replace = Sostituisci l'immagine
guide-image-remove = Togli l'immagine
guide-image-saved = Immagine salvata.
guide-image-removed = Immagine tolta, con le sue descrizioni.
guide-image-no-file = scegli un file di immagine
language-it = Italiano
language-en = Inglese
language-fr = Francese
language-es = Spagnolo
language-ar = Arabo
language-fa = Persiano
language-ps = Pashto
language-ur = Urdu
language-bn = Bengalese
language-ti = Tigrino
language-so = Somalo
language-uk = Ucraino

## Perché un campo, una riga importata o un file vengono rifiutati (ponte_wire::Problem).
## Seguono il nome del campo, quindi iniziano in minuscolo, e dicono cosa fare.
problem-required = è obbligatorio: compilalo
problem-record-id = usa solo lettere minuscole, cifre e - _ . :, al massimo 100 caratteri
problem-version = deve essere 1 o più
problem-region = deve essere il codice di un territorio: lettere minuscole, cifre e - (per esempio reggio-emilia)
problem-date = non è una data: scrivila come AAAA-MM-GG (per esempio 2026-11-20)
problem-language-code = «{ $code }» non è un codice di lingua: usa codici come it, en, ar o pt-BR
problem-twice = «{ $value }» compare due volte: lasciane uno solo
problem-too-long = un testo supera i { $max } caratteri: accorcialo
problem-source-text = serve il testo nella lingua originale ({ $language }): scrivi almeno il nome o il titolo
problem-source-version = la versione di una traduzione deve essere tra 1 e la versione attuale ({ $version })
problem-category = scegli almeno una categoria
problem-latitude = deve essere una latitudine tra -90 e 90, in gradi decimali (per esempio 44.4949)
problem-longitude = deve essere una longitudine tra -180 e 180, in gradi decimali (per esempio 11.3426)
problem-position-half = latitudine e longitudine vanno insieme: scrivile entrambe, oppure nessuna delle due per un servizio senza posizione sulla mappa
problem-opening-hours = non sono orari validi nella sintassi di OpenStreetMap: scrivili come l'esempio sotto il campo (per esempio Mo-Fr 09:00-13:00; PH off)
problem-parent = deve essere un'altra guida: una guida non può stare sotto sé stessa
problem-https = deve essere un indirizzo che inizia con https://
problem-body-image = riga { $line }: le immagini non sono ammesse nel testo: carica l'immagine della guida nella parte Immagine di questa pagina
problem-body-html = riga { $line }: l'HTML non è ammesso: usa la formattazione spiegata sotto il campo
problem-body-code = riga { $line }: i blocchi di codice non sono ammessi: non iniziare una riga con quattro spazi o con ```
problem-body-quote = riga { $line }: le citazioni non sono ammesse: non iniziare una riga con >
problem-body-rule = riga { $line }: le linee orizzontali non sono ammesse: togli la riga di --- o ***
problem-body-link = riga { $line }: un link deve portare a https://, mailto:, tel:, service:, lesson: o guide: (non { $target })
problem-image-too-large = l'immagine supera { $max_kib } KiB: riducila (per esempio a 1200 pixel di larghezza, JPEG qualità 80) e caricala di nuovo
problem-image-not-image = questo file non è un'immagine JPEG, PNG o WebP
problem-image-too-many-pixels = l'immagine è di { $width } × { $height } pixel: al massimo { $side } per lato
problem-image-alt-required = descrivi l'immagine nella lingua del testo originale: i lettori di schermo la leggono al suo posto
problem-image-alt-without-image = non c'è un'immagine da descrivere: caricane prima una
problem-term-required = scrivi almeno un termine
problem-too-many-terms = al massimo { $max } termini per lingua: tieni quelli che le persone scrivono più spesso
problem-empty-term = un termine è vuoto: scrivilo o toglilo
problem-lesson-id = l'identificativo deve avere solo lettere minuscole, cifre e - (al massimo 80 caratteri) ed essere usato una volta sola
problem-lesson-text = il testo in { $language } manca o è vuoto: scrivilo
problem-translation-missing = le traduzioni non elencano { $language }: aggiungila
problem-course-lessons = un corso deve avere almeno una lezione
problem-lesson-steps = una lezione deve avere almeno un passo
problem-minutes = i minuti devono essere tra 1 e 120
problem-mastery-m-of-n = nella regola di padronanza "m su n", m deve essere tra 1 e n
problem-mastery-streak = la serie di risposte giuste della regola di padronanza deve essere almeno 1
problem-mastery-items = la regola di padronanza chiede { $needed } domande e la lezione ne ha { $items }: aggiungi domande o abbassa la regola
problem-glossary-term = il termine [[{ $term }]] non è nel glossario della lezione in { $language }: aggiungilo al glossario o togli le parentesi
problem-one-right-answer = una domanda a scelta singola deve avere una sola risposta giusta; ne ha { $found }
problem-some-right-answer = una domanda a scelta multipla deve avere almeno una risposta giusta
problem-two-items = una domanda da mettere in ordine deve avere almeno due elementi
problem-two-pairs = una domanda di abbinamento deve avere almeno due coppie
problem-two-choices = una domanda deve avere almeno due scelte, ognuna con il suo identificativo
problem-media-missing = il file { $path } non è tra le immagini delle lezioni: caricalo o indicane uno che esiste
problem-claim-without-source = questo passo afferma una legge, un costo o una scadenza («{ $found }») ma non dice la fonte: segnalo con le sue affermazioni e le fonti da cui vengono (vedi FORMAT.md)
problem-claim-marked-without-source = questo passo è segnato come affermazione ma non dice la fonte: aggiungi le fonti da cui vengono i suoi fatti
problem-claim-kind-unknown = il tipo di affermazione { $kind } non esiste: usa law, cost, deadline o rule
problem-source-unknown = la fonte { $id } non è tra le fonti del corso: aggiungila lì o correggi il nome
problem-source-incomplete = la fonte { $id } deve avere un riferimento, un indirizzo https:// e la data della verifica (AAAA-MM-GG), o nessuna data finché nessuno l'ha verificata
problem-source-not-cited = nessun passo cita la fonte { $id }: citala dove servono i suoi fatti, o toglila
problem-not-a-lesson = { $id } non è una lezione: scrivi l'identificativo di una lezione che esiste
problem-unknown-column = non è una colonna che Ponte legge: rinominala o toglila (le colonne sono elencate nel README)
problem-unknown-category = «{ $code }» non è una categoria: usa i codici dell'elenco (per esempio work, legal_aid, health)
problem-unknown-audience = «{ $code }» non è un pubblico: usa everyone, asylum_seekers, refugees, women o minors
problem-not-a-number = «{ $value }» non è un numero: scrivi i gradi decimali (per esempio 44.4949)
problem-not-a-whole-number = «{ $value }» non è un numero intero: scrivi 1, 2, 3…
problem-not-yes-no = «{ $value }» non è sì o no: scrivi yes, no oppure lascia vuoto
problem-not-a-provenance = «{ $value }» non è original, machine o reviewed
problem-bad-csv-row = questa riga non si può leggere: controlla che abbia tanti campi quanti l'intestazione e che ogni virgoletta sia chiusa
problem-geometry-not-point = deve essere un punto (Point), non una linea o un'area
problem-coordinates-missing = il punto non ha coordinate
problem-osm-kind = i tag non dicono che tipo di servizio è: indica una categoria per l'importazione, o aggiungi un tag ponte:category
problem-not-csv = non è un file CSV con una riga di intestazione in UTF-8: salvalo di nuovo come "CSV UTF-8"
problem-not-json = non è JSON valido (riga { $line }): controlla che il file sia intero e sia quello che hai esportato
problem-not-geojson = non è una FeatureCollection GeoJSON: esporta i punti come FeatureCollection
problem-not-overpass = non è JSON di Overpass (non ha elementi): esporta con [out:json] e "out center tags"
problem-not-utf8 = non è testo UTF-8: salva di nuovo il file del corso in UTF-8
problem-not-a-course = non è il file di un corso: manca un campo o ha il tipo sbagliato (vedi content/lessons/FORMAT.md)
problem-course-unknown-field = { $at }: questo campo non è tra quelli che il coordinatore conosce: controlla come è scritto o toglilo
problem-course-unknown-kind = { $at }: questo tipo di passo non è tra quelli che il coordinatore conosce: usa un tipo di content/lessons/FORMAT.md
problem-course-unknown-value = { $at }: { $value } non è un valore che il coordinatore conosce: usane uno di content/lessons/FORMAT.md

## Cosa non va nei dati di un account, di un beneficiario o di un elemento (error::Invalid).
invalid-languages-required = Lingue: scrivi almeno un codice di lingua, per esempio ar, it.
invalid-language-code = Lingue: «{ $value }» non è un codice di lingua: usa codici come ar, it o pt-BR.
invalid-nickname = Soprannome: scrivi da 1 a 60 caratteri.
invalid-not-a-tutor = Tutor: questa persona non è un tutor della tua organizzazione: scegline uno dall'elenco.
invalid-tutor-required = Tutor: scegli il tutor.
invalid-kind = Un tutor aggiunge solo note, invii a un servizio, incontri od offerte di lavoro.
invalid-title = Titolo: è obbligatorio: compilalo.
invalid-referral-service = Servizio: un invio deve indicare il servizio a cui manda la persona: scegline uno.
invalid-date-time = Data e ora: scrivile come 2026-12-01T09:30, o sceglile nel campo.
invalid-user-name = Nome utente: da 2 a 64 lettere minuscole, cifre o - _ . @
invalid-password = Password: almeno { $value } caratteri.
invalid-user-name-taken = Nome utente: «{ $value }» è già usato: scegline un altro.

## Importare i file degli operatori così come sono (intake): avvisi sui valori di una riga
intake-phone-lost-zero = Il telefono «{ $original }» aveva perso lo 0 iniziale in un foglio di calcolo: letto come { $result }. Controllalo.
intake-phone-from-number-cell = Il telefono «{ $original }» era salvato come numero da un foglio di calcolo: riletto come { $result }.
intake-phone-digits-lost = Telefono «{ $original }»: il foglio di calcolo ha tagliato le ultime cifre; non importato. Scrivilo come testo nel file.
intake-phone-unreadable = «{ $original }» non è un numero di telefono leggibile; non importato.
intake-phone-fax-left-out = «{ $original }» è un fax, che una persona non può chiamare; non importato.
intake-url-scheme-added = L'indirizzo web «{ $original }» non aveva https://: letto come { $result }.
intake-url-is-email = «{ $original }» nella colonna del sito è un indirizzo e-mail; non usato come sito.
intake-url-invalid = «{ $original }» non è un indirizzo web; non importato.
intake-email-invalid = «{ $original }» non è un indirizzo e-mail; non importato.
intake-email-at-restored = L'e-mail «{ $original }» era scritta contro lo spam: letta come { $result }.
intake-address-split = L'indirizzo «{ $original }» conteneva altri dati: la via è «{ $street }», il resto è stato separato.
intake-address-unclear = L'indirizzo «{ $original }» sembra contenere un telefono o un quartiere, ma non in modo chiaro: lasciato intero. Controllalo.
intake-hours-converted = Orari «{ $original }» convertiti in { $result }. Controlla il risultato.
intake-hours-kept-as-note = Gli orari «{ $original }» non si possono convertire: la persona li vede come sono scritti.
intake-value-not-used = Colonna «{ $column }»: { $field } ha un solo valore per servizio; «{ $value }» non è stato usato.
intake-file-empty = Il file è vuoto.
intake-file-not-utf8 = Il file non è UTF-8 (riga { $line }): scegli la sua codifica (Windows-1252 o ISO-8859-1).
intake-file-unreadable = La riga { $line } non si può leggere: { $message }
intake-row-field-count = Questa riga ha { $found } celle, l'intestazione { $expected }: un separatore dentro un valore senza virgolette, o una riga tagliata.

## Trovare la posizione di un indirizzo (geocodifica)
geocode-precision-address = all'indirizzo
geocode-precision-street = sulla via (non al numero civico)
geocode-precision-district = solo nel quartiere
geocode-precision-city = solo nella città: non usata
geocode-error-bad-url = L'indirizzo del geocodificatore non è un indirizzo http(s): controlla la configurazione.
geocode-error-unreachable = Il geocodificatore non risponde: le righe senza posizione restano senza.
geocode-error-refused = Il geocodificatore ha rifiutato la richiesta: le righe senza posizione restano senza.
geocode-error-bad-answer = La risposta del geocodificatore non si può leggere: le righe senza posizione restano senza.

## Fonti delle importazioni
source-problem-id = Identificativo della fonte: da 1 a 40 lettere minuscole, cifre e -.
source-problem-name = Nome: obbligatorio, al massimo 200 caratteri.
source-problem-region = Territorio: lettere minuscole, cifre e -.
source-problem-licence = Licenza: scegline una dall'elenco (dati propri, ODbL-1.0, CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0, IODL-2.0).
source-problem-attribution = Attribuzione: questa licenza la richiede (chi citare, al massimo 300 caratteri).
intake-category-translated = Categoria «{ $original }» letta come { $result }. Controllala.
intake-category-unknown = «{ $original }» non è una categoria che Ponte conosce: lasciata fuori. Indica le categorie per tutte le righe, o scegli un'altra colonna.
intake-no-position = Nessuna posizione sulla mappa: si trova con la ricerca e negli elenchi, non sulla mappa. Aggiungi le coordinate appena puoi.

## The map of the services (services page and service editor)
map-title = Mappa
map-label = Mappa dei servizi
map-legend = Colori dei segnaposto per categoria
map-no-category = Nessuna categoria
map-attribution = © contributori di OpenStreetMap
map-help-services = Il colore di un segnaposto è la prima categoria del servizio. Fai clic su un segnaposto per aprire il servizio, su un cerchio bianco bordato di scuro (più servizi) per ingrandire. I servizi senza posizione sono solo nell'elenco.
map-help-editor = Trascina il segnaposto, o fai clic sulla mappa, per correggere la posizione: latitudine e longitudine qui sotto lo seguono. Salva il modulo per mantenerla.
