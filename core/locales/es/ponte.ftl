# Ponte — textos de la interfaz, español.
# Review: machine

## Etapas de una candidatura

stage-saved = Guardada
stage-applied = Enviada
stage-interview = Entrevista
stage-offer = Oferta
stage-hired = Contratado/a
stage-offer_declined = Oferta rechazada
stage-rejected = No seleccionado/a
stage-withdrawn = Retirada
stage-expired = Caducada
stage-no_answer = Sin respuesta

## Dónde encontré el trabajo

source-job_portal = Web de empleo
source-employment_centre = Centro de empleo
source-agency = Agencia de empleo
source-tutor_suggestion = Lo propuso mi tutor
source-word_of_mouth = Boca a boca
source-walk_in = Fui en persona
source-other = Otro

## Tipos de contrato

contract-fixed_term = Temporal
contract-permanent = Indefinido
contract-apprenticeship = Aprendizaje
contract-internship = Prácticas (tirocinio)
contract-seasonal = De temporada
contract-other = Otro

## Entrevistas y tareas

interview-format-in_person = En persona
interview-format-phone = Por teléfono
interview-format-video = Por videollamada
action-call_back = Volver a llamar
action-send_documents = Enviar documentos
action-prepare_interview = Preparar la entrevista
action-follow_up = Preguntar por noticias
action-other = Otro

## Documentos

document-residence_permit = Permiso de residencia (permesso di soggiorno)
document-codice_fiscale = Código fiscal (codice fiscale)
document-identity_card = Documento de identidad
document-health_card = Tarjeta sanitaria (tessera sanitaria)
document-spid = Identidad digital SPID
document-cv = Currículum
document-diploma = Título o diploma
document-driving_licence = Carné de conducir
document-haccp = Certificado HACCP (higiene alimentaria)
document-safety_training = Certificado de formación en seguridad laboral
document-other = Otro documento
document-status-missing = Por conseguir
document-status-in_progress = En trámite
document-status-have = Lo tengo
permit-asylum_request = Solicitud de asilo
permit-refugee = Estatuto de refugiado
permit-subsidiary_protection = Protección subsidiaria
permit-special_protection = Protección especial
permit-work = Trabajo
permit-family = Motivos familiares
permit-study = Estudios
permit-eu_long_term = Residente de larga duración UE
permit-other = Otro
recognition-unknown = No lo sé
recognition-not_needed = No hace falta
recognition-not_started = Aún no solicitado
recognition-in_progress = En reconocimiento
recognition-recognised = Reconocido en Italia
recognition-refused = No reconocido

## Disponibilidad

transport-none = Sin medio de transporte propio
transport-public = Transporte público
transport-bicycle = Bicicleta
transport-moped = Ciclomotor
transport-car = Coche
shift-morning = Mañanas
shift-afternoon = Tardes
shift-evening = Noches
shift-night = Madrugadas
shift-weekend = Fines de semana

## El currículum

cv-title = Currículum vitae
cv-personal = Información personal
cv-email = Correo electrónico
cv-phone = Teléfono
cv-city = Vive en
cv-about = Sobre mí
cv-experience = Experiencia laboral
cv-present = actualidad
cv-sector = Sector: { $sector }
cv-education = Educación y formación
cv-eqf-level = Nivel MEC { $level }
cv-recognition = Reconocimiento en Italia: { $status }
cv-languages = Competencias lingüísticas
cv-mother-tongues = Lengua(s) materna(s)
cv-other-languages = Otros idiomas
cv-listening = Comprensión auditiva
cv-reading = Comprensión de lectura
cv-spoken-interaction = Interacción oral
cv-spoken-production = Expresión oral
cv-writing = Expresión escrita
cv-cefr-note = Niveles: A1 y A2 usuario básico, B1 y B2 usuario independiente, C1 y C2 usuario competente (Marco común europeo de referencia para las lenguas).
cv-skills = Competencias
cv-certificates = Carnés y certificados
cv-issued = expedido el { $date }
cv-expires = válido hasta el { $date }
cv-availability = Disponibilidad
cv-hours-per-week = { $hours ->
    [one] { $hours } hora a la semana
   *[other] { $hours } horas a la semana
}
cv-shifts = Turnos: { $shifts }
cv-travel = Puede desplazarse hasta { $km } km
cv-transport = Medio de transporte: { $transport }
cv-available-from = Disponible desde el { $date }
cv-empty = Aquí todavía no hay nada.

## Nombres de idiomas

language-ar = Árabe
language-bn = Bengalí
language-en = Inglés
language-es = Español
language-fa = Persa
language-ff = Fula
language-fr = Francés
language-ha = Hausa
language-it = Italiano
language-ku = Kurdo
language-ps = Pastún
language-pa = Panyabí
language-ru = Ruso
language-so = Somalí
language-sq = Albanés
language-ti = Tigriña
language-tr = Turco
language-uk = Ucraniano
language-ur = Urdu
language-wo = Wólof
language-zh = Chino

## Errores

error-wrong-key = Este diario no se puede abrir con la clave guardada en este teléfono.
error-damaged = El archivo del diario está dañado. Se ha dejado como está.
error-no-database = Aquí todavía no hay ningún diario. Puedes empezar uno nuevo.
error-closed = El diario está cerrado. Ábrelo de nuevo para continuar.
error-not-found = Este elemento ya no existe.
error-storage-full = La memoria del teléfono está llena. Libera espacio y vuelve a intentarlo: no se ha guardado nada.
error-other = Algo no ha funcionado. Inténtalo de nuevo.
error-invalid-required = Este campo es necesario.
error-invalid-too-long = Este texto es demasiado largo.
error-invalid-bad-date = Esta fecha no es válida.
error-invalid-out-of-range = Este valor no se acepta.
error-invalid-same-stage = La candidatura ya está en esta etapa.
error-invalid-before-current-stage = Esta fecha es anterior a la etapa actual.
error-invalid-end-before-start = El final es anterior al inicio.
error-invalid-bad-key-length = La clave debe tener 32 bytes.
error-bad-content = Un contenido no es válido.
error-invalid-comment-required = Escribe qué está mal.
error-invalid-bad-answer = Esta respuesta no corresponde a la pregunta.
error-invalid-not-secure = Esta dirección no es segura: debe empezar por https://. Revísala o escanea el código QR de tu tutor.
error-pack-damaged = Este paquete de lecciones no se puede leer: quizá no se descargó o copió entero. Descárgalo de nuevo.
error-pack-tampered = Este paquete de lecciones se modificó después de que la organización lo preparara. No lo uses: pídelo de nuevo directamente a la organización.
error-pack-untrusted = Este paquete de lecciones no viene de una organización que esta aplicación conozca. No se ha instalado.
error-pack-older = Este teléfono ya tiene lecciones más nuevas. No hace falta hacer nada.
error-course-not-mastered = Primero termina todas las lecciones del curso.
error-lesson-not-finished = Primero pasa por todos los pasos de la lección.

## Navegación y acciones

nav-home = Inicio
nav-diary = Mi búsqueda de empleo
nav-services = Servicios
nav-map = Mapa
nav-lessons = Lecciones
nav-profile = Mi perfil
nav-settings = Ajustes
button-save = Guardar
button-cancel = Cancelar
button-delete = Borrar
button-edit = Editar
button-add = Añadir
button-done = Listo
button-back = Atrás
button-next = Siguiente
button-retry = Reintentar
button-share = Compartir
button-call = Llamar
button-directions = Cómo llegar
button-close = Cerrar
button-search = Buscar
button-filter = Filtros
button-clear = Borrar todo
button-undo = Deshacer
saved = Guardado.
deleted = Borrado.
confirm-delete-title = ¿Borrar?
confirm-delete-application = ¿Borrar la candidatura a { $employer }? También se borran su historial, entrevistas y recordatorios.
confirm-discard-changes = ¿Salir sin guardar los cambios?

## Inicio y notificaciones

home-greeting = ¡Hola, { $name }!
home-overdue = Atrasado
home-today = Hoy
home-this-week = Próximos 7 días
home-follow-up = Sin noticias de { $employer } desde hace { $days ->
    [one] { $days } día
   *[other] { $days } días
}. ¿Les preguntas?
home-document-expires = { $document } caduca en { $days ->
    [one] { $days } día
   *[other] { $days } días
}.
home-document-expired = Documento caducado: { $document }.
home-permit-renew = Pide la renovación del permiso de residencia al menos 60 días antes de que caduque.
notification-action-due = { $action }: { $employer }
notification-interview = Entrevista con { $employer } a las { $time }
notification-meeting = Cita con { $tutor } a las { $time }
notification-follow-up = ¿Novedades de { $employer }?
notification-interview-tomorrow = Mañana: entrevista con { $employer } a las { $time }
notification-meeting-tomorrow = Mañana: cita con { $tutor } a las { $time }
notification-appointment-tomorrow = Mañana a las { $time }: { $title }
notification-appointment = A las { $time }: { $title }
notification-where = Dónde: { $place }
notification-your-note = Tu nota: { $note }
notification-tutor-answer = Tu tutor respondió a tu pregunta
notification-your-question = Tu pregunta: { $question }
notification-tap-to-open = Toca para ver los detalles.
notification-document-renew = Pide el nuevo a tiempo. Toca para ver tus documentos.
notification-lesson = ¿Cinco minutos para tu lección?
notification-lesson-body = Sigue donde lo dejaste: cada paso cuenta.
notification-permit-expiring = Tu permiso de residencia caduca en { $days ->
    [one] { $days } día
   *[other] { $days } días
}.

## Pantallas vacías

empty-applications = Aún no hay candidaturas. Añade el primer trabajo que te interesa.
empty-agenda = Nada previsto. ¡Muy bien!
empty-search = No se ha encontrado nada. Prueba con otras palabras.
empty-favourites = Aún no hay favoritos. Toca la estrella de un servicio para guardarlo aquí.
empty-services-nearby = No hay servicios cerca. Prueba una distancia mayor o menos filtros.
empty-meetings = Aún no hay citas con un tutor.
empty-lessons = Aún no hay lecciones en este teléfono. Conéctate a internet para descargarlas.
empty-offline = Estás sin conexión. Todo lo que hay en el teléfono funciona.

## El diario

diary-title = Mi búsqueda de empleo
application-new = Nueva candidatura
application-edit = Editar candidatura
field-employer = Empresa
field-position = Puesto
field-city = Ciudad
field-source = Dónde lo encontré
field-source-detail = Qué web, agencia o persona
field-contract = Tipo de contrato
field-contact-name = Persona de contacto
field-contact-phone = Teléfono
field-contact-email = Correo electrónico
field-job-url = Enlace a la oferta
field-notes = Notas
field-date = Fecha
field-time = Hora
field-due-date = Para cuándo
stage-change = Cambiar etapa
stage-changed = Pasada a «{ $stage }».
timeline-title = Historial
interview-add = Añadir una entrevista
interview-round = Entrevista { $round }
interview-place = Dirección
interview-link = Enlace de vídeo o número de teléfono
action-add = Añadir un recordatorio
action-done = Hecho
documents-title = Mis documentos
document-expires-on = Válido hasta el { $date }
document-recognition = Reconocimiento en Italia
meetings-title = Citas con mi tutor
meeting-add = Nueva cita
meeting-tutor = Tutor
meeting-topics = De qué hablamos
meeting-agreed-actions = Qué acordamos hacer
stats-title = Mis avances
stats-applications-week = { $count ->
    [one] { $count } candidatura esta semana
   *[other] { $count } candidaturas esta semana
}
stats-answers = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
stats-interviews = { $count ->
    [one] { $count } entrevista
   *[other] { $count } entrevistas
}
stats-hires = { $count ->
    [one] { $count } trabajo encontrado
   *[other] { $count } trabajos encontrados
}
diary-search-placeholder = Buscar en mi búsqueda de empleo
profile-title = Mi perfil
profile-languages = Idiomas que hablo
profile-mother-tongue = Lengua materna
profile-experience = Experiencia laboral
profile-education = Estudios y formación
profile-skills = Lo que sé hacer
profile-certificates = Carnés y certificados
profile-availability = Cuándo y dónde puedo trabajar
cv-export = Crear mi currículum
cv-language = Idioma del currículum
cv-side-by-side = Mostrar mi perfil en dos idiomas

## El mapa de servicios

services-title = Servicios cerca de mí
services-search-placeholder = Buscar servicios
services-list = Lista
services-map = Mapa
service-open = Abierto
service-open-until = Abierto hasta las { $time }
service-closed = Cerrado
service-opens-at = Abre el { $day } a las { $time }
service-opens-today-at = Abre hoy a las { $time }
service-by-appointment = Con cita previa
service-hours-unknown = Horario desconocido
service-distance-m = { $distance } m
service-distance-km = { $distance } km
service-shown-in = Se muestra en { $language }; no está disponible en { $wanted }.
service-translation-machine = Traducción automática: puede tener errores.
service-translation-outdated = Esta traducción puede estar desactualizada.
service-last-verified = Comprobado el { $date }
service-no-map-position = No está en el mapa: no se conoce su ubicación exacta. Usa la dirección o los contactos.
service-attribution = Fuente: { $attribution }
service-languages-spoken = Idiomas que se hablan aquí
service-free = Gratuito
service-paid = De pago
service-wheelchair = Accesible en silla de ruedas
service-favourite-add = Añadir a favoritos
service-favourite-remove = Quitar de favoritos
service-recent = Vistos hace poco
service-report = Avisar de un dato erróneo
report-kind-closed_for_good = Ha cerrado para siempre
report-kind-wrong_hours = El horario está mal
report-kind-wrong_address = La dirección está mal
report-kind-wrong_phone = El teléfono está mal
report-kind-other = Otra cosa
report-comment = ¿Qué está mal?
report-pending = Pendiente de envío
report-sent = Enviado. ¡Gracias!
filter-open-now = Abierto ahora
filter-free-only = Solo gratuitos
filter-language-spoken = Hablan mi idioma
filter-for-whom = Para quién
filter-distance = Distancia
audience-everyone = Todos
audience-asylum_seekers = Solicitantes de asilo
audience-refugees = Refugiados
audience-women = Mujeres
audience-minors = Menores
category-work = Trabajo y centros de empleo
category-job_orientation = Orientación y formación
category-italian_courses = Cursos de italiano
category-legal_aid = Asesoría legal y documentos
category-health = Salud
category-mental_health = Salud mental
category-housing = Vivienda y acogida
category-food = Comida y necesidades básicas
category-education = Educación y reconocimiento de títulos
category-digital_help = Ayuda digital e internet gratis
category-womens_support = Apoyo a mujeres
category-children_families = Niños y familias
category-transport = Transporte
category-banking = Banco y dinero
contact-phone = Teléfono
contact-whatsapp = WhatsApp
contact-email = Correo electrónico
contact-web = Sitio web
contact-walk_in = Sin cita

## El reproductor de lecciones

lessons-title = Lecciones
lesson-start = Empezar
lesson-resume = Continuar
lesson-step = Paso { $current } de { $total }
lesson-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
lesson-level-beginner = Principiante
lesson-level-intermediate = Intermedio
lesson-level-advanced = Avanzado
lesson-try-on-phone = Pruébalo en tu teléfono
lesson-check = Comprobar
lesson-correct = ¡Correcto!
lesson-wrong = No del todo.
lesson-hint = Pista
lesson-try-again = Inténtalo otra vez
lesson-listen = Escuchar
lesson-glossary = ¿Qué significa?
lesson-completed = Lección completada
lesson-mastered = ¡Dominas esta lección!
lesson-locked = Primero termina «{ $lesson }».
lesson-progress = { $done } de { $total } lecciones hechas
quiz-choose-one = Elige una respuesta.
quiz-choose-many = Elige todas las respuestas correctas.
quiz-true = Verdadero
quiz-false = Falso
quiz-order = Pon los pasos en orden.
quiz-match = Une las parejas.
quiz-picture = Elige la imagen correcta.
lesson-mastery-all-correct = Para dominar esta lección, responde bien a todas las preguntas.
lesson-mastery-m-of-n = Para dominar esta lección, acierta { $count } de tus últimas { $total } respuestas.
lesson-mastery-streak = Para dominar esta lección, acierta { $count ->
    [one] una respuesta.
   *[other] { $count } respuestas seguidas.
}
quiz-missing = No del todo: { $count ->
    [one] falta una respuesta correcta.
   *[other] faltan { $count } respuestas correctas.
}
quiz-order-wrong = No del todo: { $count ->
    [one] un paso no está en su sitio.
   *[other] { $count } pasos no están en su sitio.
}
quiz-pairs-wrong = No del todo: { $count ->
    [one] una pareja no coincide.
   *[other] { $count } parejas no coinciden.
}
certificate-title = Certificado
certificate-body = { $name } ha completado el curso «{ $course }» el { $date }.

## Sincronización, vinculación y privacidad

sync-now = Sincronizar ahora
sync-last = Última sincronización { $when }
sync-never = Nunca sincronizado
sync-pending = { $count ->
    [one] { $count } cambio pendiente de envío
   *[other] { $count } cambios pendientes de envío
}
sync-offline = Sin conexión. Tus cambios están guardados en el teléfono y se enviarán más tarde.
sync-failed = La sincronización no ha funcionado. La app lo volverá a intentar sola.
pair-title = Conectar con mi tutor
pair-enter-code = Escribe el código que te dio tu tutor
pair-done = Conectado con { $organisation }.
share-title = Lo que comparto con mi tutor
share-diary = Mi búsqueda de empleo
share-progress = Mis lecciones
share-reports = Mis avisos sobre servicios
share-stats = Estadísticas anónimas
unpair = Desconectar de mi tutor
delete-my-data = Borrar mis datos
delete-my-data-confirm = Esto borra tus datos en este teléfono y en el servidor. No se puede deshacer.
settings-language = Idioma
settings-text-size = Tamaño del texto
settings-about = Acerca de Ponte

# Sync with the coordinator
error-already-paired = Este teléfono ya está conectado a un tutor. Desconéctalo primero.
error-sync-offline = Sin conexión. Tus cambios se quedan en el teléfono y se enviarán más tarde.
error-sync-not-paired = Este teléfono todavía no está conectado a un tutor.
error-sync-bad-code = Este código no funciona: puede estar mal, ya usado o caducado. Pide un código nuevo a tu tutor.
error-sync-busy = Ya se está actualizando. Espera un momento.
error-sync-cancelled = Actualización detenida.
error-sync-unpaired = Tu organización desconectó este teléfono. Pide un código nuevo a tu tutor.
error-sync-refused = El servidor no aceptó la actualización. Tus datos están seguros; avisa a tu tutor.
error-sync-server = El servidor tiene un problema. Ponte lo intentará más tarde.
error-sync-bad-answer = No se pudo leer la respuesta del servidor. Ponte lo intentará más tarde.
error-sync-update-required = Esta versión de Ponte es demasiado antigua para actualizarse con tu organización. Actualiza Ponte desde la tienda de aplicaciones; tus datos se quedan en el teléfono.
error-sync-too-many-attempts = Se han probado demasiados códigos incorrectos desde esta red. Espera 15 minutos y vuelve a intentarlo.

## Los campos que nombran los errores de los datos («Empresa: este campo es necesario»): field-<record>-<field>.
error-in-field = { $field }: { $problem }
field-application-employer = Empresa
field-application-position = Puesto
field-application-source-detail = Qué web, agencia o persona
field-application-city = Ciudad
field-application-contact-name = Persona de contacto
field-application-contact-phone = Teléfono del contacto
field-application-contact-email = Correo electrónico del contacto
field-application-job-url = Enlace a la oferta
field-application-notes = Notas
field-application-stage = Etapa
field-application-at = Fecha
field-application-stage-note = Nota
field-interview-at = Fecha y hora de la entrevista
field-interview-place = Dirección de la entrevista
field-interview-link = Enlace de la videollamada
field-interview-notes = Notas de la entrevista
field-action-note = Qué hacer
field-action-due-at = Para cuándo
field-document-permit-type = Tipo de permiso de residencia
field-document-title = Nombre del documento
field-document-expires-on = Fecha de caducidad
field-document-notes = Notas
field-meeting-at = Fecha y hora de la cita
field-meeting-tutor = Tutor
field-meeting-topics = Temas
field-meeting-notes = Notas
field-meeting-agreed-action = Qué acordamos hacer
field-personal-full-name = Nombre y apellidos
field-personal-email = Correo electrónico
field-personal-phone = Teléfono
field-personal-city = Ciudad
field-personal-summary = Sobre mí
field-availability-hours-per-week = Horas a la semana
field-availability-shifts = Turnos
field-availability-max-travel-km = Distancia máxima hasta el trabajo
field-availability-available-from = Disponible desde
field-language-language = Idioma
field-experience-role = Puesto
field-experience-employer = Empresa
field-experience-sector = Sector
field-experience-country = País
field-experience-city = Ciudad
field-experience-start-month = Inicio
field-experience-end-month = Final
field-experience-tasks = Tareas
field-education-title = Título
field-education-institution = Escuela o universidad
field-education-eqf-level = Nivel (MEC)
field-education-country = País
field-education-start-year = Año de inicio
field-education-end-year = Año final
field-skill-text = Competencia
field-skill-esco-uri = Enlace ESCO
field-certificate-name = Carné o certificado
field-certificate-issuer = Expedido por
field-certificate-issued-on = Fecha de expedición
field-certificate-expires-on = Fecha de caducidad
field-report-comment = Qué está mal
field-question-text = Tu pregunta
field-pairing-server = Dirección del servidor
field-pairing-code = Código de conexión
field-lesson-answer = Respuesta
field-lesson-step = Paso
field-lesson-name = Nombre en el certificado
field-query-now = Fecha y hora
field-query-time-zone = Zona horaria
field-query-lat = Latitud
field-query-lon = Longitud
field-query-radius-m = Distancia
field-query-cursor = Página
field-query-limit = Cuántos por página
field-store-key = Clave
field-store-path = Archivo del diario
field-store-trusted-keys = Claves de firma de confianza
field-navigation-link = Enlace

## El núcleo de la app: pantallas y primer inicio
nav-guides = Guías
nav-tutor = Mi tutor
app-screen-not-built = Esta pantalla aún no está lista. Todo lo que guardaste está seguro.
home-sync-not-paired = Tu diario se queda en este teléfono. Conéctate con un tutor para compartirlo.
first-run-ui-language = Elige tu idioma
first-run-content-language = ¿En qué idioma quieres leer los servicios y las lecciones?
first-run-same-language = El mismo idioma
first-run-install = Preparando
first-run-installing = Estamos poniendo los servicios y las lecciones en tu teléfono. No hace falta internet.
first-run-install-missing = No se pudieron leer los archivos de la app. Puedes intentarlo de nuevo o seguir: tu diario funciona sin ellos.
first-run-city = Tu ciudad
first-run-city-services = { $count ->
    [one] { $count } servicio
   *[other] { $count } servicios
}
first-run-privacy = Tus datos
first-run-privacy-phone = Todo lo que escribes se queda en este teléfono, cerrado con una clave que solo tiene este teléfono.
first-run-privacy-shared = No se comparte nada, salvo que te conectes con un tutor y elijas qué compartir. Puedes dejar de compartir en cualquier momento.
first-run-privacy-erase = Puedes borrar todo en Ajustes en cualquier momento.
first-run-privacy-accept = Entendido
first-run-pairing = Conectar con un tutor
first-run-pairing-explain = Si una organización te ayuda, tu tutor puede darte un código. También puedes hacerlo más tarde.
first-run-pairing-scan = Escanear el código
first-run-pairing-type = Escribir el código
first-run-pairing-skip = Ahora no
field-settings-ui-language = Idioma de la app
field-settings-content-language = Idioma de los servicios y las lecciones
field-settings-city = Ciudad
field-notifications-quiet-hours = Horas de silencio
