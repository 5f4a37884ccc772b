# Ponte — app-common (uk).
# Review: machine

speech-no-voice = На цьому телефоні немає голосу для мови { $language }.
speech-other-language = На цьому телефоні немає голосу для мови { $language }: читаю мовою { $other }.
guides-coming = Тут будуть довідники організацій поруч із вами. Усе інше працює без інтернету.
