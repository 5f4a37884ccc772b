# Ponte — app-diary (fa).
# Review: machine

diary-actions-title = قدم‌های بعدی
diary-tab = { $stage } ({ $count })
diary-tab-all = همه
diary-since = از { $date }
diary-empty-stage = در این مرحله درخواستی نیست.
diary-more = نمایش بیشتر
diary-previous = نمایش جدیدترها
diary-move-to = انتقال به «{ $stage }»
diary-timeline-entry = { $stage }: { $date }
diary-when = { $date } ساعت { $time }
diary-interviews = مصاحبه‌ها
diary-action-due = تا { $date }
diary-mark-done = علامت انجام شد
diary-mark-not-done = برداشتن علامت انجام شد
diary-upcoming = پیش رو
diary-empty-actions = هنوز قدمی نیست. آنچه می‌خواهید انجام دهید و تا کی را اضافه کنید.
diary-add-document = افزودن: { $document }
diary-field-interview-format = مصاحبه چگونه برگزار می‌شود
diary-field-action-kind = نوع قدم
diary-field-document-kind = مدرک
diary-field-document-status = در چه مرحله‌ای هستم
diary-choice-none = گفته نشده
diary-one-per-line = هر کدام در یک خط
diary-interview-edit = ویرایش مصاحبه
diary-action-edit = ویرایش یادآوری
diary-document-new = افزودن مدرک
diary-document-edit = ویرایش مدرک
diary-meeting-edit = ویرایش جلسه
diary-open-job = دیدن آگهی کار
