# Ponte — app-common (uk).
# Review: machine

speech-no-voice = На цьому телефоні немає голосу для мови { $language }.
speech-other-language = На цьому телефоні немає голосу для мови { $language }: читаю мовою { $other }.
guides-coming = Тут будуть довідники організацій поруч із вами. Усе інше працює без інтернету.

# The profile, the CV and the settings.
profile-filled = Заповнено { $filled } з { $total } розділів
profile-hint-personal = Додайте своє ім'я та номер телефону або e-mail, щоб роботодавець міг з вами зв'язатися.
profile-hint-availability = Вкажіть, коли ви можете працювати і як далеко можете їздити.
profile-hint-language = Додайте мови, якими ви володієте, навіть трохи.
profile-hint-experience = Додайте роботи, які ви виконували, в Італії чи інших країнах, оплачувані чи ні.
profile-hint-education = Додайте свої школи та курси, навіть незакінчені.
profile-hint-skill = Додайте те, що ви вмієте: готувати, водити, прибирати, доглядати за людьми…
profile-hint-certificate = Додайте водійське посвідчення та інші сертифікати.
profile-add-language = Додати мову
profile-add-experience = Додати роботу
profile-add-education = Додати школу або курс
profile-add-skill = Додати вміння
profile-add-certificate = Додати посвідчення або сертифікат
profile-transport = Як я добираюся на роботу
profile-not-said = Не вказано
profile-level-a1 = A1 · початковий
profile-level-a2 = A2 · елементарний
profile-level-b1 = B1 · середній
profile-level-b2 = B2 · вище середнього
profile-level-c1 = C1 · просунутий
profile-level-c2 = C2 · дуже добрий
profile-error-email = Напишіть адресу e-mail, наприклад name@example.com.
profile-error-phone = Напишіть номер телефону лише цифрами, наприклад { $example }.
profile-format-date = Наприклад 2026-12-31 (рік-місяць-день)
profile-format-month = Наприклад 2024-03 (рік-місяць)
profile-format-year = Наприклад 2019
profile-discard = Скасувати зміни
profile-delete-confirm = Видалити назавжди? Це не можна скасувати.
profile-cv-your-language = Ваша мова
profile-cv-employer-language = Мова для роботодавців
profile-cv-share = Поділитися резюме мовою: { $language }
profile-cv-empty = Ваше резюме порожнє. Спочатку заповніть профіль.
settings-data = Інтернет і дані
settings-wifi-only = Синхронізувати лише через Wi-Fi
settings-wifi-only-explain = Заощаджує дані вашої SIM-картки.
settings-data-saver = Економія даних
settings-data-saver-explain = Через мобільний інтернет: без завантаження карти і без зображень.
settings-map-mobile-data = Дозволити завантаження карти через мобільний інтернет
settings-notifications = Нагадування
settings-notify-follow-up = Дізнаватися новини про мої заявки
settings-notify-action = Справи
settings-notify-interview = Співбесіди
settings-notify-tutor = Зустрічі від мого куратора
settings-notify-meeting = Зустрічі з моїм куратором
settings-notify-document = Документи, термін яких спливає
settings-notify-lesson = Уроки, які варто продовжити
settings-notify-tutor-answer = Відповіді мого куратора
settings-quiet-hours-hint = Без нагадувань у ці години, наприклад 21:00-08:00. Залиште порожнім, якщо не потрібно.
settings-quiet-hours-error-bad-date = Напишіть два часи, наприклад 21:00-08:00.
settings-quiet-hours-error-out-of-range = Два часи мають бути різними.
settings-share-profile = Мій профіль і резюме
settings-sharing-not-paired = Ви не підключені до куратора: нічим не діляться.
settings-export = Експортувати мої дані
settings-export-explain = Один файл з усім, що ви написали, і вашим резюме, щоб зберегти або дати людині, якій довіряєте.
settings-erase = Стерти все на цьому телефоні
settings-erase-confirm = Це стирає ваш щоденник, профіль, налаштування та карту на цьому телефоні. Це не можна скасувати. Те, чим ви вже поділилися з куратором, залишається в організації.
settings-erase-yes = Так, стерти все
nav-back = Назад
guides-count =
    { $count ->
        [one] { $count } посібник
        [few] { $count } посібники
        [many] { $count } посібників
       *[other] { $count } посібника
    }
guide-checked = Перевірено { $date }
guide-sources = Офіційні джерела
guides-ask = Поставте запитання
guides-ask-none = Поки що жоден посібник не відповідає на це запитання. Спробуйте інші слова або запитайте свого куратора.
ask-from-guide = Посібник
ask-from-service = Послуга
ask-from-lesson = Урок
ask-tutor = Запитати куратора
ask-tutor-confirm = Надіслати це запитання вашому куратору? Його прочитають лише ваш куратор і його організація.
ask-tutor-send = Надіслати
ask-tutor-cancel = Не надсилати
ask-tutor-sent = Надіслано вашому куратору. Відповідь надійде разом із повідомленнями куратора.
