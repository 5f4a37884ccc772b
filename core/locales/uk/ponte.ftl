# Ponte — тексти інтерфейсу, українська.
# Review: machine

## Етапи заявки

stage-saved = Збережено
stage-applied = Надіслано
stage-interview = Співбесіда
stage-offer = Пропозиція
stage-hired = Прийнято на роботу
stage-offer_declined = Пропозицію відхилено
stage-rejected = Не відібрано
stage-withdrawn = Відкликано
stage-expired = Термін минув
stage-no_answer = Немає відповіді

## Де знайдено роботу

source-job_portal = Сайт вакансій
source-employment_centre = Центр зайнятості
source-agency = Кадрове агентство
source-tutor_suggestion = Порадив мій куратор
source-word_of_mouth = Від знайомих
source-walk_in = Я прийшов(-ла) особисто
source-other = Інше

## Типи договорів

contract-fixed_term = Строковий
contract-permanent = Безстроковий
contract-apprenticeship = Учнівство (apprendistato)
contract-internship = Стажування (tirocinio)
contract-seasonal = Сезонний
contract-other = Інше

## Співбесіди та дії

interview-format-in_person = Особисто
interview-format-phone = Телефоном
interview-format-video = Відеодзвінком
action-call_back = Передзвонити
action-send_documents = Надіслати документи
action-prepare_interview = Підготуватися до співбесіди
action-follow_up = Запитати про новини
action-other = Інше

## Документи

document-residence_permit = Дозвіл на проживання (permesso di soggiorno)
document-codice_fiscale = Податковий код (codice fiscale)
document-identity_card = Посвідчення особи
document-health_card = Медична картка (tessera sanitaria)
document-spid = Цифрова особа SPID
document-cv = Резюме
document-diploma = Диплом
document-driving_licence = Посвідчення водія
document-haccp = Сертифікат HACCP (харчова безпека)
document-safety_training = Сертифікат з охорони праці
document-other = Інший документ
document-status-missing = Треба отримати
document-status-in_progress = В процесі
document-status-have = Маю
permit-asylum_request = Заява про притулок
permit-refugee = Статус біженця
permit-subsidiary_protection = Додатковий захист
permit-special_protection = Спеціальний захист
permit-work = Робота
permit-family = Сімейні причини
permit-study = Навчання
permit-eu_long_term = Довгострокове проживання в ЄС
permit-other = Інше
recognition-unknown = Не знаю
recognition-not_needed = Не потрібно
recognition-not_started = Ще не подано
recognition-in_progress = Триває визнання
recognition-recognised = Визнано в Італії
recognition-refused = Не визнано

## Доступність

transport-none = Немає власного транспорту
transport-public = Громадський транспорт
transport-bicycle = Велосипед
transport-moped = Мопед
transport-car = Автомобіль
shift-morning = Зранку
shift-afternoon = Вдень
shift-evening = Увечері
shift-night = Вночі
shift-weekend = Вихідні

## Резюме

cv-title = Резюме
cv-personal = Особиста інформація
cv-email = Електронна пошта
cv-phone = Телефон
cv-city = Місце проживання
cv-about = Про мене
cv-experience = Досвід роботи
cv-present = дотепер
cv-sector = Сфера: { $sector }
cv-education = Освіта і навчання
cv-eqf-level = Рівень EQF { $level }
cv-recognition = Визнання в Італії: { $status }
cv-languages = Знання мов
cv-mother-tongues = Рідна мова
cv-other-languages = Інші мови
cv-listening = Аудіювання
cv-reading = Читання
cv-spoken-interaction = Усна взаємодія
cv-spoken-production = Усне мовлення
cv-writing = Письмо
cv-cefr-note = Рівні: A1 і A2 — базовий, B1 і B2 — незалежний, C1 і C2 — досвідчений користувач (Загальноєвропейські рекомендації з мовної освіти).
cv-skills = Навички
cv-certificates = Посвідчення і сертифікати
cv-issued = видано { $date }
cv-expires = термін дії до { $date }
cv-availability = Доступність
cv-hours-per-week = { $hours ->
    [one] { $hours } година на тиждень
    [few] { $hours } години на тиждень
    [many] { $hours } годин на тиждень
   *[other] { $hours } години на тиждень
}
cv-shifts = Зміни: { $shifts }
cv-travel = Може їздити до { $km } км
cv-transport = Транспорт: { $transport }
cv-available-from = Може почати з { $date }
cv-empty = Тут ще нічого немає.

## Назви мов

language-ar = Арабська
language-bn = Бенгальська
language-en = Англійська
language-es = Іспанська
language-fa = Перська
language-ff = Фула
language-fr = Французька
language-ha = Хауса
language-it = Італійська
language-ku = Курдська
language-ps = Пушту
language-pa = Панджабі
language-ru = Російська
language-so = Сомалі
language-sq = Албанська
language-ti = Тигринья
language-tr = Турецька
language-uk = Українська
language-ur = Урду
language-wo = Волоф
language-zh = Китайська

## Помилки

error-wrong-key = Цей щоденник не можна відкрити ключем, збереженим на цьому телефоні.
error-damaged = Файл щоденника пошкоджено. Його залишено як є.
error-no-database = Тут ще немає щоденника. Ви можете почати новий.
error-closed = Щоденник закрито. Відкрийте його знову, щоб продовжити.
error-not-found = Цього елемента вже немає.
error-storage-full = Пам'ять телефону заповнена. Звільніть місце і спробуйте знову: нічого не збережено.
error-other = Щось пішло не так. Спробуйте ще раз.
error-invalid-required = Це поле обов'язкове.
error-invalid-too-long = Цей текст задовгий.
error-invalid-bad-date = Ця дата неправильна.
error-invalid-out-of-range = Це значення не приймається.
error-invalid-same-stage = Заявка вже на цьому етапі.
error-invalid-before-current-stage = Ця дата раніша за поточний етап.
error-invalid-end-before-start = Кінець раніше за початок.
error-invalid-bad-key-length = Ключ має бути довжиною 32 байти.
error-bad-content = Вміст неправильний.
error-invalid-comment-required = Напишіть, що не так.
error-invalid-bad-answer = Ця відповідь не підходить до питання.
error-invalid-not-secure = Ця адреса небезпечна: вона має починатися з https://. Перевірте її або відскануйте QR-код куратора.
error-pack-damaged = Цей пакет уроків неможливо прочитати: можливо, його завантажено або скопійовано не повністю. Завантажте його ще раз.
error-pack-tampered = Цей пакет уроків змінено після того, як його підготувала організація. Не використовуйте його: отримайте його знову безпосередньо від організації.
error-pack-untrusted = Цей пакет уроків надійшов не від організації, відомої цьому застосунку. Його не встановлено.
error-pack-older = На цьому телефоні вже є новіші уроки. Нічого робити не потрібно.
error-course-not-mastered = Спочатку завершіть усі уроки курсу.
error-lesson-not-finished = Спочатку пройдіть усі кроки уроку.

## Навігація і дії

nav-home = Головна
nav-diary = Мій пошук роботи
nav-services = Послуги
nav-map = Мапа
nav-lessons = Уроки
nav-profile = Мій профіль
nav-settings = Налаштування
button-save = Зберегти
button-cancel = Скасувати
button-delete = Видалити
button-edit = Змінити
button-add = Додати
button-done = Готово
button-back = Назад
button-next = Далі
button-retry = Спробувати знову
button-share = Поділитися
button-call = Зателефонувати
button-directions = Маршрут
button-close = Закрити
button-search = Шукати
button-filter = Фільтри
button-clear = Очистити
button-undo = Скасувати дію
saved = Збережено.
deleted = Видалено.
confirm-delete-title = Видалити?
confirm-delete-application = Видалити заявку до { $employer }? Її історію, співбесіди та нагадування теж буде видалено.
confirm-discard-changes = Вийти без збереження змін?

## Головна і сповіщення

home-greeting = Вітаємо, { $name }!
home-overdue = Прострочено
home-today = Сьогодні
home-this-week = Наступні 7 днів
home-follow-up = Немає новин від { $employer } вже { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}. Запитати?
home-document-expires = { $document }: термін дії спливає через { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}.
home-document-expired = { $document }: термін дії минув.
home-permit-renew = Подайте заяву на продовження дозволу на проживання щонайменше за 60 днів до кінця його терміну.
notification-action-due = { $action }: { $employer }
notification-interview = Співбесіда з { $employer } о { $time }
notification-meeting = Зустріч з { $tutor } о { $time }
notification-follow-up = Є новини від { $employer }?
notification-interview-tomorrow = Завтра: співбесіда з { $employer } о { $time }
notification-meeting-tomorrow = Завтра: зустріч з { $tutor } о { $time }
notification-appointment-tomorrow = Завтра о { $time }: { $title }
notification-appointment = О { $time }: { $title }
notification-where = Де: { $place }
notification-your-note = Ваша нотатка: { $note }
notification-tutor-answer = Ваш куратор відповів на ваше запитання
notification-your-question = Ваше запитання: { $question }
notification-tap-to-open = Торкніться, щоб побачити подробиці.
notification-document-renew = Вчасно попросіть новий. Торкніться, щоб побачити свої документи.
notification-lesson = П'ять хвилин для вашого уроку?
notification-lesson-body = Продовжуйте з того місця, де зупинилися: кожен крок важливий.
notification-permit-expiring = Ваш дозвіл на проживання закінчується через { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}.

## Порожні екрани

empty-applications = Ще немає заявок. Додайте першу роботу, яка вас цікавить.
empty-agenda = Нічого не заплановано. Молодець!
empty-search = Нічого не знайдено. Спробуйте інші слова.
empty-favourites = Ще немає обраного. Натисніть зірочку біля послуги, щоб зберегти її тут.
empty-services-nearby = Поруч немає послуг. Спробуйте більшу відстань або менше фільтрів.
empty-meetings = Ще немає зустрічей з куратором.
empty-lessons = На телефоні ще немає уроків. Під'єднайтеся до інтернету, щоб їх завантажити.
empty-offline = Ви офлайн. Усе на цьому телефоні працює.

## Щоденник

diary-title = Мій пошук роботи
application-new = Нова заявка
application-edit = Змінити заявку
field-employer = Роботодавець
field-position = Посада
field-city = Місто
field-source = Де знайдено
field-source-detail = Який сайт, агентство чи людина
field-contract = Тип договору
field-contact-name = Контактна особа
field-contact-phone = Телефон
field-contact-email = Електронна пошта
field-job-url = Посилання на вакансію
field-notes = Нотатки
field-date = Дата
field-time = Час
field-due-date = До коли
stage-change = Змінити етап
stage-changed = Переміщено до «{ $stage }».
timeline-title = Історія
interview-add = Додати співбесіду
interview-round = Співбесіда { $round }
interview-place = Адреса
interview-link = Посилання на відео або номер телефону
action-add = Додати нагадування
action-done = Зроблено
documents-title = Мої документи
document-expires-on = Термін дії до { $date }
document-recognition = Визнання в Італії
meetings-title = Зустрічі з куратором
meeting-add = Нова зустріч
meeting-tutor = Куратор
meeting-topics = Про що говорили
meeting-agreed-actions = Що домовилися зробити
stats-title = Мій прогрес
stats-applications-week = { $count ->
    [one] { $count } заявка цього тижня
    [few] { $count } заявки цього тижня
    [many] { $count } заявок цього тижня
   *[other] { $count } заявки цього тижня
}
stats-answers = { $count ->
    [one] { $count } відповідь
    [few] { $count } відповіді
    [many] { $count } відповідей
   *[other] { $count } відповіді
}
stats-interviews = { $count ->
    [one] { $count } співбесіда
    [few] { $count } співбесіди
    [many] { $count } співбесід
   *[other] { $count } співбесіди
}
stats-hires = { $count ->
    [one] { $count } робота знайдена
    [few] { $count } роботи знайдено
    [many] { $count } робіт знайдено
   *[other] { $count } роботи знайдено
}
diary-search-placeholder = Шукати в моєму пошуку роботи
profile-title = Мій профіль
profile-languages = Мови, якими я розмовляю
profile-mother-tongue = Рідна мова
profile-experience = Досвід роботи
profile-education = Освіта і навчання
profile-skills = Що я вмію
profile-certificates = Посвідчення і сертифікати
profile-availability = Коли і де я можу працювати
cv-export = Створити резюме
cv-language = Мова резюме
cv-side-by-side = Показати профіль двома мовами

## Мапа послуг

services-title = Послуги поруч
services-search-placeholder = Шукати послуги
services-list = Список
services-map = Мапа
service-open = Відчинено
service-open-until = Відчинено до { $time }
service-closed = Зачинено
service-opens-at = Відчиняється { $day } о { $time }
service-opens-today-at = Відчиняється сьогодні о { $time }
service-by-appointment = За записом
service-hours-unknown = Години роботи невідомі
service-distance-m = { $distance } м
service-distance-km = { $distance } км
service-shown-in = Показано мовою: { $language }. Немає мовою: { $wanted }.
service-translation-machine = Автоматичний переклад: можуть бути помилки.
service-translation-outdated = Цей переклад може бути застарілим.
service-last-verified = Перевірено { $date }
service-no-map-position = Немає на карті: точне місце невідоме. Скористайтеся адресою або контактами.
service-attribution = Джерело: { $attribution }
service-languages-spoken = Мови, якими тут розмовляють
service-free = Безкоштовно
service-paid = Платно
service-wheelchair = Доступно для людей на візку
service-favourite-add = Додати в обране
service-favourite-remove = Прибрати з обраного
service-recent = Нещодавно переглянуті
service-report = Повідомити про неправильну інформацію
report-kind-closed_for_good = Закрито назавжди
report-kind-wrong_hours = Неправильні години роботи
report-kind-wrong_address = Неправильна адреса
report-kind-wrong_phone = Неправильний номер телефону
report-kind-other = Інше
report-comment = Що не так?
report-pending = Очікує надсилання
report-sent = Надіслано. Дякуємо!
filter-open-now = Відчинено зараз
filter-free-only = Лише безкоштовні
filter-language-spoken = Говорять моєю мовою
filter-for-whom = Для кого
filter-distance = Відстань
audience-everyone = Для всіх
audience-asylum_seekers = Шукачі притулку
audience-refugees = Біженці
audience-women = Жінки
audience-minors = Неповнолітні
category-work = Робота і центри зайнятості
category-job_orientation = Профорієнтація і навчання
category-italian_courses = Курси італійської
category-legal_aid = Юридична допомога і документи
category-health = Здоров'я
category-mental_health = Психічне здоров'я
category-housing = Житло і прихисток
category-food = Їжа і базові потреби
category-education = Освіта і визнання дипломів
category-digital_help = Цифрова допомога і безкоштовний інтернет
category-womens_support = Підтримка жінок
category-children_families = Діти і сім'ї
category-transport = Транспорт
category-banking = Банк і гроші
contact-phone = Телефон
contact-whatsapp = WhatsApp
contact-email = Електронна пошта
contact-web = Сайт
contact-walk_in = Без запису

## Уроки

lessons-title = Уроки
lesson-start = Почати
lesson-resume = Продовжити
lesson-step = Крок { $current } з { $total }
lesson-minutes = { $minutes ->
    [one] { $minutes } хвилина
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}
lesson-level-beginner = Початковий
lesson-level-intermediate = Середній
lesson-level-advanced = Просунутий
lesson-try-on-phone = Спробуйте на своєму телефоні
lesson-check = Перевірити
lesson-correct = Правильно!
lesson-wrong = Не зовсім.
lesson-hint = Підказка
lesson-try-again = Спробувати знову
lesson-listen = Слухати
lesson-glossary = Що це означає?
lesson-completed = Урок завершено
lesson-mastered = Ви засвоїли цей урок!
lesson-locked = Спочатку завершіть «{ $lesson }».
lesson-progress = Зроблено { $done } з { $total } уроків
quiz-choose-one = Оберіть одну відповідь.
quiz-choose-many = Оберіть усі правильні відповіді.
quiz-true = Правда
quiz-false = Неправда
quiz-order = Розставте кроки по порядку.
quiz-match = З'єднайте пари.
quiz-picture = Оберіть правильне зображення.
lesson-mastery-all-correct = Щоб засвоїти цей урок, дайте правильну відповідь на кожне питання.
lesson-mastery-m-of-n = Щоб засвоїти цей урок, дайте { $count ->
    [one] { $count } правильну відповідь
    [few] { $count } правильні відповіді
   *[other] { $count } правильних відповідей
} з останніх { $total }.
lesson-mastery-streak = Щоб засвоїти цей урок, дайте { $count ->
    [one] { $count } правильну відповідь поспіль.
    [few] { $count } правильні відповіді поспіль.
   *[other] { $count } правильних відповідей поспіль.
}
quiz-missing = Не зовсім: { $count ->
    [one] бракує однієї правильної відповіді.
   *[other] бракує { $count } правильних відповідей.
}
quiz-order-wrong = Не зовсім: { $count ->
    [one] один крок не на своєму місці.
    [few] { $count } кроки не на своєму місці.
   *[other] { $count } кроків не на своєму місці.
}
quiz-pairs-wrong = Не зовсім: { $count ->
    [one] одна пара не збігається.
    [few] { $count } пари не збігаються.
   *[other] { $count } пар не збігаються.
}
certificate-title = Сертифікат
certificate-body = { $name }: курс «{ $course }» успішно завершено { $date }.

## Синхронізація, з'єднання і приватність

sync-now = Синхронізувати
sync-last = Остання синхронізація { $when }
sync-never = Ще не синхронізовано
sync-pending = { $count ->
    [one] { $count } зміна очікує надсилання
    [few] { $count } зміни очікують надсилання
    [many] { $count } змін очікують надсилання
   *[other] { $count } зміни очікують надсилання
}
sync-offline = Немає з'єднання. Зміни збережено на телефоні, їх буде надіслано пізніше.
sync-failed = Синхронізація не вдалася. Застосунок спробує знову сам.
pair-title = З'єднатися з куратором
pair-enter-code = Введіть код, який дав вам куратор
pair-done = З'єднано з { $organisation }.
share-title = Чим я ділюся з куратором
share-diary = Мій пошук роботи
share-progress = Мої уроки
share-reports = Мої повідомлення про послуги
share-stats = Анонімна статистика
unpair = Від'єднатися від куратора
delete-my-data = Видалити мої дані
delete-my-data-confirm = Це видалить ваші дані на телефоні і на сервері. Скасувати не можна.
settings-language = Мова
settings-text-size = Розмір тексту
settings-about = Про Ponte

# Sync with the coordinator
error-already-paired = Цей телефон уже під'єднано до куратора. Спершу від'єднайте його.
error-sync-offline = Немає з'єднання. Ваші зміни залишаються на телефоні й будуть надіслані пізніше.
error-sync-not-paired = Цей телефон ще не під'єднано до куратора.
error-sync-bad-code = Цей код не працює: можливо, він неправильний, уже використаний або прострочений. Попросіть новий код у куратора.
error-sync-busy = Оновлення вже триває. Зачекайте трохи.
error-sync-cancelled = Оновлення зупинено.
error-sync-unpaired = Ваша організація від'єднала цей телефон. Попросіть новий код у куратора.
error-sync-refused = Сервер не прийняв оновлення. Ваші дані в безпеці; повідомте куратора.
error-sync-server = На сервері проблема. Ponte спробує пізніше.
error-sync-bad-answer = Не вдалося прочитати відповідь сервера. Ponte спробує пізніше.
error-sync-update-required = Ця версія Ponte застара для оновлення з вашою організацією. Оновіть Ponte з магазину застосунків; ваші дані залишаються на телефоні.
error-sync-too-many-attempts = З цієї мережі спробували забагато неправильних кодів. Зачекайте 15 хвилин і спробуйте знову.

## Поля, які називають помилки введення («Роботодавець: це поле обов'язкове»): field-<record>-<field>.
error-in-field = { $field }: { $problem }
field-application-employer = Роботодавець
field-application-position = Посада
field-application-source-detail = Який сайт, агентство чи людина
field-application-city = Місто
field-application-contact-name = Контактна особа
field-application-contact-phone = Телефон контактної особи
field-application-contact-email = Електронна пошта контактної особи
field-application-job-url = Посилання на вакансію
field-application-notes = Нотатки
field-application-stage = Етап
field-application-at = Дата
field-application-stage-note = Нотатка
field-interview-at = Дата і час співбесіди
field-interview-place = Адреса співбесіди
field-interview-link = Посилання на відеодзвінок
field-interview-notes = Нотатки про співбесіду
field-action-note = Що зробити
field-action-due-at = До коли
field-document-permit-type = Тип дозволу на проживання
field-document-title = Назва документа
field-document-expires-on = Термін дії до
field-document-notes = Нотатки
field-meeting-at = Дата і час зустрічі
field-meeting-tutor = Куратор
field-meeting-topics = Теми
field-meeting-notes = Нотатки
field-meeting-agreed-action = Що домовилися зробити
field-personal-full-name = Ім'я та прізвище
field-personal-email = Електронна пошта
field-personal-phone = Телефон
field-personal-city = Місто
field-personal-summary = Про мене
field-availability-hours-per-week = Годин на тиждень
field-availability-shifts = Зміни
field-availability-max-travel-km = Найбільша відстань до роботи
field-availability-available-from = Можу почати з
field-language-language = Мова
field-experience-role = Посада
field-experience-employer = Роботодавець
field-experience-sector = Сфера
field-experience-country = Країна
field-experience-city = Місто
field-experience-start-month = Початок
field-experience-end-month = Кінець
field-experience-tasks = Обов'язки
field-education-title = Кваліфікація
field-education-institution = Школа або університет
field-education-eqf-level = Рівень (EQF)
field-education-country = Країна
field-education-start-year = Рік початку
field-education-end-year = Рік закінчення
field-skill-text = Навичка
field-skill-esco-uri = Посилання ESCO
field-certificate-name = Посвідчення або сертифікат
field-certificate-issuer = Ким видано
field-certificate-issued-on = Дата видачі
field-certificate-expires-on = Термін дії до
field-report-comment = Що не так
field-question-text = Ваше запитання
field-pairing-server = Адреса сервера
field-pairing-code = Код з'єднання
field-lesson-answer = Відповідь
field-lesson-step = Крок
field-lesson-name = Ім'я на сертифікаті
field-query-now = Дата і час
field-query-time-zone = Часовий пояс
field-query-lat = Широта
field-query-lon = Довгота
field-query-radius-m = Відстань
field-query-cursor = Сторінка
field-query-limit = Скільки на сторінці
field-store-key = Ключ
field-store-path = Файл щоденника
field-store-trusted-keys = Довірені ключі підпису
field-navigation-link = Посилання

## Основа застосунку: екрани і перший запуск
nav-guides = Довідники
nav-tutor = Мій куратор
app-screen-not-built = Цей екран ще не готовий. Усе, що ви зберегли, у безпеці.
home-sync-not-paired = Ваш щоденник залишається на цьому телефоні. З'єднайтеся з куратором, щоб ділитися ним.
first-run-ui-language = Оберіть мову
first-run-content-language = Якою мовою ви хочете читати послуги й уроки?
first-run-same-language = Та сама мова
first-run-install = Підготовка
first-run-installing = Додаємо послуги й уроки на ваш телефон. Інтернет не потрібен.
first-run-install-missing = Не вдалося прочитати файли застосунку. Можна спробувати ще раз або продовжити: щоденник працює і без них.
first-run-city = Ваше місто
first-run-city-services = { $count ->
    [one] { $count } послуга
    [few] { $count } послуги
    [many] { $count } послуг
   *[other] { $count } послуги
}
first-run-privacy = Ваші дані
first-run-privacy-phone = Усе, що ви пишете, залишається на цьому телефоні під замком. Ключ до нього має тільки цей телефон.
first-run-privacy-shared = Ніщо не передається, доки ви не з'єднаєтеся з куратором і не оберете, чим ділитися. Припинити можна будь-коли.
first-run-privacy-erase = Усе можна стерти будь-коли в розділі «Налаштування».
first-run-privacy-accept = Зрозуміло
first-run-pairing = З'єднатися з куратором
first-run-pairing-explain = Якщо вам допомагає організація, ваш куратор може дати вам код. Це можна зробити й пізніше.
first-run-pairing-scan = Сканувати код
first-run-pairing-type = Ввести код
first-run-pairing-skip = Не зараз
field-settings-ui-language = Мова застосунку
field-settings-content-language = Мова послуг і уроків
field-settings-city = Місто
field-notifications-quiet-hours = Тихі години
