# Ponte — app-lessons (so).
# Review: machine

lessons-status-not-started = Lama bilaabin
lessons-status-in-progress = Socda
lessons-status-completed = Dhammaaday
lessons-status-mastered = La bartay
lessons-review = Dib u eeg
lessons-continue = Ku sii wad
lessons-glossary-open = Erayada koorsadan
lessons-certificate-open = Shahaado
lessons-true-false = Ma run baa mise been?
lessons-previous = Hore
lessons-next = Xiga
lessons-finish = Dhammee
lessons-move-earlier = Kor u qaad
lessons-move-later = Hoos u dhig
lessons-unavailable = Casharkan kuma jiro taleefankan mar dambe. Mid kale ka dooro casharrada.
lessons-glossary-empty = Koorsadan ma laha erayo la sharxo.
lessons-certificate-missing = Si aad u hesho shahaadada, marka hore baro casharradan:
lessons-certificate-ready = Waxaad baratay dhammaan casharrada koorsadan. Qor magacaaga sida uu ugu qornaan lahaa shahaadada.
lessons-certificate-share = La wadaag shahaadada
lessons-course-unavailable = Koorsadan kuma jiro taleefankan mar dambe.
