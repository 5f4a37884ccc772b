# Ponte — app-common (ur).
# Review: machine

speech-no-voice = اس فون میں { $language } کے لیے کوئی آواز نہیں ہے۔
speech-other-language = اس فون میں { $language } کے لیے کوئی آواز نہیں ہے: { $other } میں پڑھا جا رہا ہے۔
guides-coming = آپ کے قریب کی تنظیموں کی گائیڈز یہاں ہوں گی۔ باقی سب کچھ انٹرنیٹ کے بغیر چلتا ہے۔

# The profile, the CV and the settings.
profile-filled = { $total } میں سے { $filled } حصے مکمل
profile-hint-personal = اپنا نام اور فون نمبر یا ای میل شامل کریں، تاکہ آجر آپ سے رابطہ کر سکے۔
profile-hint-availability = بتائیں کہ آپ کب کام کر سکتے ہیں اور کتنی دور جا سکتے ہیں۔
profile-hint-language = وہ زبانیں شامل کریں جو آپ بولتے ہیں، چاہے تھوڑی سی۔
profile-hint-experience = وہ کام شامل کریں جو آپ نے کیے ہیں، اٹلی میں یا دوسرے ممالک میں، تنخواہ کے ساتھ یا بغیر۔
profile-hint-education = اپنے اسکول اور کورس شامل کریں، نامکمل بھی۔
profile-hint-skill = وہ شامل کریں جو آپ کرنا جانتے ہیں: کھانا پکانا، گاڑی چلانا، صفائی، لوگوں کی دیکھ بھال…
profile-hint-certificate = اپنا ڈرائیونگ لائسنس اور دوسرے سرٹیفکیٹ شامل کریں۔
profile-add-language = زبان شامل کریں
profile-add-experience = کام شامل کریں
profile-add-education = اسکول یا کورس شامل کریں
profile-add-skill = مہارت شامل کریں
profile-add-certificate = لائسنس یا سرٹیفکیٹ شامل کریں
profile-transport = کام پر جانے کا ذریعہ
profile-not-said = نہیں بتایا
profile-level-a1 = A1 · ابتدائی
profile-level-a2 = A2 · بنیادی
profile-level-b1 = B1 · درمیانہ
profile-level-b2 = B2 · درمیانے سے اوپر
profile-level-c1 = C1 · اعلیٰ
profile-level-c2 = C2 · بہت اچھا
profile-error-email = ای میل پتہ اس طرح لکھیں: name@example.com۔
profile-error-phone = فون نمبر صرف ہندسوں میں لکھیں، جیسے { $example }۔
profile-format-date = جیسے 2026-12-31 (سال-مہینہ-دن)
profile-format-month = جیسے 2024-03 (سال-مہینہ)
profile-format-year = جیسے 2019
profile-discard = میری تبدیلیاں بھول جائیں
profile-delete-confirm = ہمیشہ کے لیے حذف کریں؟ واپس نہیں ہو سکتا۔
profile-cv-your-language = آپ کی زبان
profile-cv-employer-language = آجروں کے لیے زبان
profile-cv-share = سی وی { $language } میں شیئر کریں
profile-cv-empty = آپ کی سی وی خالی ہے۔ پہلے اپنا پروفائل بھریں۔
settings-data = انٹرنیٹ اور ڈیٹا
settings-wifi-only = صرف Wi-Fi پر ہم آہنگی
settings-wifi-only-explain = آپ کے سم کارڈ کا ڈیٹا بچاتا ہے۔
settings-data-saver = ڈیٹا کی بچت
settings-data-saver-explain = موبائل ڈیٹا پر: نقشہ ڈاؤن لوڈ نہیں اور تصویریں نہیں۔
settings-map-mobile-data = موبائل ڈیٹا پر نقشہ ڈاؤن لوڈ کرنے کی اجازت
settings-notifications = یاد دہانیاں
settings-notify-follow-up = میری درخواستوں کی خبر پوچھنا
settings-notify-action = کرنے کے کام
settings-notify-interview = ملازمت کے انٹرویو
settings-notify-tutor = میرے رہنما کی ملاقاتیں
settings-notify-meeting = میرے رہنما سے ملاقاتیں
settings-notify-document = ختم ہونے والی دستاویزات
settings-notify-lesson = جاری رکھنے کے اسباق
settings-notify-tutor-answer = میرے رہنما کے جوابات
settings-quiet-hours-hint = ان اوقات کے درمیان کوئی یاد دہانی نہیں، جیسے 21:00-08:00۔ کوئی نہیں تو خالی چھوڑ دیں۔
settings-quiet-hours-error-bad-date = دو وقت لکھیں جیسے 21:00-08:00۔
settings-quiet-hours-error-out-of-range = دونوں وقت مختلف ہونے چاہئیں۔
settings-share-profile = میرا پروفائل اور سی وی
settings-sharing-not-paired = آپ کسی رہنما سے منسلک نہیں ہیں: کچھ بھی شیئر نہیں ہوتا۔
settings-export = میرا ڈیٹا برآمد کریں
settings-export-explain = ایک فائل جس میں آپ کا لکھا سب کچھ اور آپ کی سی وی ہے، رکھنے یا کسی قابل اعتماد شخص کو دینے کے لیے۔
settings-erase = اس فون سے سب کچھ مٹائیں
settings-erase-confirm = یہ اس فون سے آپ کی ڈائری، پروفائل، ترتیبات اور نقشہ مٹا دیتا ہے۔ واپس نہیں ہو سکتا۔ جو آپ نے پہلے ہی اپنے رہنما سے شیئر کیا وہ تنظیم کے پاس رہتا ہے۔
settings-erase-yes = ہاں، سب کچھ مٹا دیں
nav-back = واپس
guides-count =
    { $count ->
        [one] 1 گائیڈ
       *[other] { $count } گائیڈز
    }
guide-checked = { $date } کو جانچا گیا
guide-sources = سرکاری ذرائع
guides-ask = سوال پوچھیں
guides-ask-none = ابھی کسی گائیڈ میں اس سوال کا جواب نہیں۔ دوسرے الفاظ آزمائیں، یا اپنے رہنما سے پوچھیں۔
ask-from-guide = گائیڈ
ask-from-service = سروس
ask-from-lesson = سبق
ask-tutor = میرے رہنما سے پوچھیں
ask-tutor-confirm = یہ سوال اپنے رہنما کو بھیجیں؟ اسے صرف آپ کا رہنما اور اس کی تنظیم پڑھے گی۔
ask-tutor-send = بھیجیں
ask-tutor-cancel = نہ بھیجیں
ask-tutor-sent = آپ کے رہنما کو بھیج دیا گیا۔ جواب آپ کے رہنما کے پیغامات کے ساتھ آئے گا۔
