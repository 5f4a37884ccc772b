# Ponte — app-lessons (es).
# Review: machine

lessons-status-not-started = Sin empezar
lessons-status-in-progress = En curso
lessons-status-completed = Terminada
lessons-status-mastered = Dominada
lessons-review = Repasar
lessons-continue = Continuar con
lessons-glossary-open = Palabras de este curso
lessons-certificate-open = Certificado
lessons-true-false = ¿Verdadero o falso?
lessons-previous = Anterior
lessons-next = Siguiente
lessons-finish = Terminar
lessons-move-earlier = Subir
lessons-move-later = Bajar
lessons-unavailable = Esta lección ya no está en este teléfono. Elige otra de las lecciones.
lessons-glossary-empty = Este curso no tiene palabras que explicar.
lessons-certificate-missing = Para obtener el certificado, domina primero estas lecciones:
lessons-certificate-ready = Has dominado todas las lecciones de este curso. Escribe tu nombre como debe aparecer en el certificado.
lessons-certificate-share = Compartir el certificado
lessons-course-unavailable = Este curso ya no está en este teléfono.
