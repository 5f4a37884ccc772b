# Ponte — app-diary (ar).
# Review: machine

diary-actions-title = الخطوات التالية
diary-tab = { $stage } ({ $count })
diary-tab-all = الكل
diary-since = منذ { $date }
diary-empty-stage = لا توجد طلبات في هذه المرحلة.
diary-more = عرض المزيد
diary-previous = عرض الأحدث
diary-move-to = نقل إلى «{ $stage }»
diary-timeline-entry = { $stage }: { $date }
diary-when = { $date } في الساعة { $time }
diary-interviews = المقابلات
diary-action-due = قبل { $date }
diary-mark-done = وضع علامة تم
diary-mark-not-done = إزالة علامة تم
diary-upcoming = قادم
diary-empty-actions = لا توجد خطوات بعد. أضف ما تريد فعله وموعده.
diary-add-document = إضافة: { $document }
diary-field-interview-format = كيف تجري المقابلة
diary-field-action-kind = نوع الخطوة
diary-field-document-kind = الوثيقة
diary-field-document-status = أين وصلت فيها
diary-choice-none = غير محدد
diary-one-per-line = واحد في كل سطر
diary-interview-edit = تعديل المقابلة
diary-action-edit = تعديل التذكير
diary-document-new = إضافة وثيقة
diary-document-edit = تعديل الوثيقة
diary-meeting-edit = تعديل الاجتماع
diary-open-job = عرض إعلان الوظيفة
