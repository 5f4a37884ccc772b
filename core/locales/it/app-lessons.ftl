# Ponte — app-lessons (it).
# Review: machine

lessons-status-not-started = Non iniziata
lessons-status-in-progress = In corso
lessons-status-completed = Completata
lessons-status-mastered = Padroneggiata
lessons-review = Ripassa
lessons-continue = Continua con
lessons-glossary-open = Parole di questo corso
lessons-certificate-open = Attestato
lessons-true-false = È vero o falso?
lessons-previous = Indietro
lessons-next = Avanti
lessons-finish = Fine
lessons-move-earlier = Sposta su
lessons-move-later = Sposta giù
lessons-unavailable = Questa lezione non è più su questo telefono. Scegline un'altra dalle lezioni.
lessons-glossary-empty = Questo corso non ha parole da spiegare.
lessons-certificate-missing = Per avere l'attestato, padroneggia prima queste lezioni:
lessons-certificate-ready = Hai padroneggiato tutte le lezioni di questo corso. Scrivi il tuo nome come deve comparire sull'attestato.
lessons-certificate-share = Condividi l'attestato
lessons-course-unavailable = Questo corso non è più su questo telefono.
