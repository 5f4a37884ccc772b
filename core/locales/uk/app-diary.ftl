# Ponte — app-diary (uk).
# Review: machine

diary-actions-title = Наступні кроки
diary-tab = { $stage } ({ $count })
diary-tab-all = Усі
diary-since = З { $date }
diary-empty-stage = На цьому етапі заявок немає.
diary-more = Показати більше
diary-previous = Показати новіші
diary-move-to = Перенести в «{ $stage }»
diary-timeline-entry = { $stage }: { $date }
diary-when = { $date } о { $time }
diary-interviews = Співбесіди
diary-action-due = До { $date }
diary-mark-done = Позначити як виконане
diary-mark-not-done = Позначити як невиконане
diary-upcoming = Незабаром
diary-empty-actions = Кроків ще немає. Додайте, що хочете зробити і до коли.
diary-add-document = Додати: { $document }
diary-field-interview-format = Як проходить співбесіда
diary-field-action-kind = Вид кроку
diary-field-document-kind = Документ
diary-field-document-status = На якому я етапі
diary-choice-none = Не вказано
diary-one-per-line = По одному в рядку
diary-interview-edit = Змінити співбесіду
diary-action-edit = Змінити нагадування
diary-document-new = Додати документ
diary-document-edit = Змінити документ
diary-meeting-edit = Змінити зустріч
diary-open-job = Переглянути вакансію
