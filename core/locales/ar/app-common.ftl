# Ponte — app-common (ar).
# Review: machine

speech-no-voice = لا يوجد في هذا الهاتف صوت للغة { $language }.
speech-other-language = لا يوجد في هذا الهاتف صوت للغة { $language }: القراءة باللغة { $other }.
guides-coming = ستجد هنا أدلة المنظمات القريبة منك. كل شيء آخر يعمل بدون إنترنت.

# The profile, the CV and the settings.
profile-filled = { $filled } من { $total } أقسام مكتملة
profile-hint-personal = أضف اسمك ورقم هاتف أو بريدًا إلكترونيًا، ليتمكن صاحب العمل من التواصل معك.
profile-hint-availability = قل متى يمكنك العمل وإلى أي مسافة يمكنك الذهاب.
profile-hint-language = أضف اللغات التي تتكلمها، ولو قليلًا.
profile-hint-experience = أضف الأعمال التي قمت بها، في إيطاليا أو في بلدان أخرى، مدفوعة أو لا.
profile-hint-education = أضف مدارسك ودوراتك، حتى غير المكتملة.
profile-hint-skill = أضف ما تعرف أن تفعله: الطبخ، القيادة، التنظيف، رعاية الأشخاص…
profile-hint-certificate = أضف رخصة القيادة والشهادات الأخرى.
profile-add-language = إضافة لغة
profile-add-experience = إضافة عمل
profile-add-education = إضافة مدرسة أو دورة
profile-add-skill = إضافة مهارة
profile-add-certificate = إضافة رخصة أو شهادة
profile-transport = كيف أذهب إلى العمل
profile-not-said = غير محدد
profile-level-a1 = A1 · مبتدئ
profile-level-a2 = A2 · أساسي
profile-level-b1 = B1 · متوسط
profile-level-b2 = B2 · فوق المتوسط
profile-level-c1 = C1 · متقدم
profile-level-c2 = C2 · جيد جدًا
profile-error-email = اكتب عنوان بريد إلكتروني مثل name@example.com.
profile-error-phone = اكتب رقم هاتف بالأرقام فقط، مثل { $example }.
profile-format-date = مثل 2026-12-31 (سنة-شهر-يوم)
profile-format-month = مثل 2024-03 (سنة-شهر)
profile-format-year = مثل 2019
profile-discard = تجاهل تغييراتي
profile-delete-confirm = هل تريد الحذف نهائيًا؟ لا يمكن التراجع.
profile-cv-your-language = لغتك
profile-cv-employer-language = لغة أصحاب العمل
profile-cv-share = مشاركة السيرة الذاتية باللغة { $language }
profile-cv-empty = سيرتك الذاتية فارغة. املأ ملفك الشخصي أولًا.
settings-data = الإنترنت والبيانات
settings-wifi-only = المزامنة عبر Wi-Fi فقط
settings-wifi-only-explain = يوفر بيانات شريحة SIM.
settings-data-saver = توفير البيانات
settings-data-saver-explain = على بيانات الهاتف: لا تنزيل للخريطة ولا صور.
settings-map-mobile-data = السماح بتنزيل الخريطة عبر بيانات الهاتف
settings-notifications = التذكيرات
settings-notify-follow-up = السؤال عن أخبار طلباتي
settings-notify-action = أشياء يجب فعلها
settings-notify-interview = مقابلات العمل
settings-notify-tutor = مواعيد من مرشدي
settings-notify-meeting = لقاءات مع مرشدي
settings-notify-document = وثائق ستنتهي صلاحيتها
settings-notify-lesson = دروس للمتابعة
settings-notify-tutor-answer = إجابات مرشدي
settings-quiet-hours-hint = لا تذكيرات بين هذين الوقتين، مثل 21:00-08:00. اتركه فارغًا لعدم التحديد.
settings-quiet-hours-error-bad-date = اكتب وقتين مثل 21:00-08:00.
settings-quiet-hours-error-out-of-range = يجب أن يكون الوقتان مختلفين.
settings-share-profile = ملفي الشخصي وسيرتي الذاتية
settings-sharing-not-paired = أنت غير متصل بمرشد: لا تتم مشاركة أي شيء.
settings-export = تصدير بياناتي
settings-export-explain = ملف واحد فيه كل ما كتبته وسيرتك الذاتية، لتحتفظ به أو تعطيه لشخص تثق به.
settings-erase = مسح كل شيء من هذا الهاتف
settings-erase-confirm = هذا يمسح يومياتك وملفك الشخصي وإعداداتك والخريطة من هذا الهاتف. لا يمكن التراجع. ما شاركته مع مرشدك يبقى لدى المنظمة.
settings-erase-yes = نعم، امسح كل شيء
nav-back = رجوع
guides-count =
    { $count ->
        [one] دليل واحد
        [two] دليلان
        [few] { $count } أدلة
       *[other] { $count } دليل
    }
guide-checked = تم التحقق في { $date }
guide-sources = المصادر الرسمية
guides-ask = اطرح سؤالاً
guides-ask-none = لا يوجد دليل يجيب عن هذا السؤال بعد. جرّب كلمات أخرى، أو اسأل مرشدك.
ask-from-guide = دليل
ask-from-service = خدمة
ask-from-lesson = درس
ask-tutor = اسأل مرشدي
ask-tutor-confirm = هل ترسل هذا السؤال إلى مرشدك؟ لن يقرأه إلا مرشدك ومنظمته.
ask-tutor-send = إرسال
ask-tutor-cancel = لا ترسل
ask-tutor-sent = أُرسل إلى مرشدك. ستصل الإجابة مع رسائل مرشدك.
