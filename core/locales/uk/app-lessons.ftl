# Ponte — app-lessons (uk).
# Review: machine

lessons-status-not-started = Не розпочато
lessons-status-in-progress = Триває
lessons-status-completed = Завершено
lessons-status-mastered = Опановано
lessons-review = Повторити
lessons-continue = Продовжити з
lessons-glossary-open = Слова цього курсу
lessons-certificate-open = Сертифікат
lessons-true-false = Це правда чи ні?
lessons-previous = Назад
lessons-next = Далі
lessons-finish = Завершити
lessons-move-earlier = Вище
lessons-move-later = Нижче
lessons-unavailable = Цього уроку більше немає на цьому телефоні. Виберіть інший серед уроків.
lessons-glossary-empty = У цьому курсі немає слів для пояснення.
lessons-certificate-missing = Щоб отримати сертифікат, спершу опануйте ці уроки:
lessons-certificate-ready = Ви опанували всі уроки цього курсу. Напишіть своє ім'я так, як воно має бути на сертифікаті.
lessons-certificate-share = Поділитися сертифікатом
lessons-course-unavailable = Цього курсу більше немає на цьому телефоні.
