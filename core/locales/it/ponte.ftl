# Ponte — testi dell'interfaccia, italiano.
# Review: reviewed

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
document-spid = SPID
document-cv = Curriculum
document-diploma = Diploma o laurea
document-driving_licence = Patente di guida
document-haccp = Attestato HACCP
document-safety_training = Attestato formazione sicurezza sul lavoro
document-other = Altro documento
document-status-missing = Da fare
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
error-invalid-bad-content = Un contenuto non è valido.
error-invalid-comment-required = Scrivi che cosa non va.
