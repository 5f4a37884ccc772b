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
code-title = Codice di abbinamento
code-explain = Sul telefono, apri Ponte, scegli “Collegati al mio tutor” e scrivi questo codice, oppure inquadra il codice QR.
code-expires = Valido una volta, fino al { $when }.
code-qr = Lo stesso codice come codice QR.
