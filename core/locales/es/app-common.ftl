# Ponte — app-common (es).
# Review: machine

speech-no-voice = Este teléfono no tiene voz para { $language }.
speech-other-language = Este teléfono no tiene voz para { $language }: lo leo en { $other }.
guides-coming = Aquí estarán las guías de las organizaciones cercanas. Todo lo demás funciona sin internet.

# The profile, the CV and the settings.
profile-filled = { $filled } de { $total } partes completas
profile-hint-personal = Añade tu nombre y un teléfono o un e-mail, para que un empleador pueda contactarte.
profile-hint-availability = Di cuándo puedes trabajar y hasta dónde puedes ir.
profile-hint-language = Añade los idiomas que hablas, aunque sea un poco.
profile-hint-experience = Añade los trabajos que has hecho, en Italia o en otros países, pagados o no.
profile-hint-education = Añade tus escuelas y cursos, aunque no los hayas terminado.
profile-hint-skill = Añade lo que sabes hacer: cocinar, conducir, limpiar, cuidar personas…
profile-hint-certificate = Añade tu permiso de conducir y otros certificados.
profile-add-language = Añadir un idioma
profile-add-experience = Añadir un trabajo
profile-add-education = Añadir una escuela o un curso
profile-add-skill = Añadir una habilidad
profile-add-certificate = Añadir un permiso o certificado
profile-transport = Cómo voy al trabajo
profile-not-said = Sin indicar
profile-level-a1 = A1 · principiante
profile-level-a2 = A2 · elemental
profile-level-b1 = B1 · intermedio
profile-level-b2 = B2 · intermedio alto
profile-level-c1 = C1 · avanzado
profile-level-c2 = C2 · muy bueno
profile-error-email = Escribe un e-mail como nombre@ejemplo.es.
profile-error-phone = Escribe un número de teléfono solo con cifras, como { $example }.
profile-format-date = Como 2026-12-31 (año-mes-día)
profile-format-month = Como 2024-03 (año-mes)
profile-format-year = Como 2019
profile-discard = Olvidar mis cambios
profile-delete-confirm = ¿Borrar para siempre? No se puede deshacer.
profile-cv-your-language = Tu idioma
profile-cv-employer-language = Idioma para los empleadores
profile-cv-share = Compartir el CV en { $language }
profile-cv-empty = Tu CV está vacío. Primero completa tu perfil.
settings-data = Internet y datos
settings-wifi-only = Sincronizar solo con Wi-Fi
settings-wifi-only-explain = Ahorra los datos de tu tarjeta SIM.
settings-data-saver = Ahorrar datos
settings-data-saver-explain = Con datos móviles: sin descarga del mapa y sin imágenes.
settings-map-mobile-data = Permitir descargar el mapa con datos móviles
settings-notifications = Recordatorios
settings-notify-follow-up = Pedir noticias de mis candidaturas
settings-notify-action = Cosas que hacer
settings-notify-interview = Entrevistas de trabajo
settings-notify-tutor = Citas de mi tutor
settings-notify-meeting = Reuniones con mi tutor
settings-notify-document = Documentos a punto de caducar
settings-notify-lesson = Lecciones para continuar
settings-notify-tutor-answer = Respuestas de mi tutor
settings-quiet-hours-hint = Sin recordatorios entre estas horas, como 21:00-08:00. Déjalo vacío para ninguna.
settings-quiet-hours-error-bad-date = Escribe dos horas como 21:00-08:00.
settings-quiet-hours-error-out-of-range = Las dos horas deben ser distintas.
settings-share-profile = Mi perfil y mi CV
settings-sharing-not-paired = No estás conectado con un tutor: no se comparte nada.
settings-export = Exportar mis datos
settings-export-explain = Un archivo con todo lo que escribiste y tu CV, para guardarlo o dárselo a alguien de confianza.
settings-erase = Borrar todo en este teléfono
settings-erase-confirm = Esto borra tu diario, tu perfil, tus ajustes y el mapa de este teléfono. No se puede deshacer. Lo que ya compartiste con tu tutor queda en la organización.
settings-erase-yes = Sí, borrar todo
nav-back = Atrás
guides-count =
    { $count ->
        [one] 1 guía
       *[other] { $count } guías
    }
guide-checked = Revisada el { $date }
guide-sources = Fuentes oficiales
guides-ask = Haz una pregunta
guides-ask-none = Ninguna guía responde todavía a esta pregunta. Prueba con otras palabras o pregunta a tu tutor.
ask-from-guide = Guía
ask-from-service = Servicio
ask-from-lesson = Lección
ask-tutor = Preguntar a mi tutor
ask-tutor-confirm = ¿Enviar esta pregunta a tu tutor? Solo tu tutor y su organización la leerán.
ask-tutor-send = Enviar
ask-tutor-cancel = No enviar
ask-tutor-sent = Enviada a tu tutor. La respuesta llegará con los mensajes de tu tutor.
