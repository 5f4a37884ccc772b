# Ponte — app-diary (ur).
# Review: machine

diary-actions-title = اگلے قدم
diary-tab = { $stage } ({ $count })
diary-tab-all = سب
diary-since = { $date } سے
diary-empty-stage = اس مرحلے پر کوئی درخواست نہیں۔
diary-more = مزید دکھائیں
diary-previous = نئی والی دکھائیں
diary-move-to = «{ $stage }» پر منتقل کریں
diary-timeline-entry = { $stage }: { $date }
diary-when = { $date } کو { $time } بجے
diary-interviews = انٹرویو
diary-action-due = { $date } تک
diary-mark-done = ہو گیا کے طور پر نشان لگائیں
diary-mark-not-done = نہیں ہوا کے طور پر نشان لگائیں
diary-upcoming = آنے والے
diary-empty-actions = ابھی کوئی قدم نہیں۔ جو کرنا چاہتے ہیں اور کب تک، شامل کریں۔
diary-add-document = شامل کریں: { $document }
diary-field-interview-format = انٹرویو کیسے ہوگا
diary-field-action-kind = قدم کی قسم
diary-field-document-kind = دستاویز
diary-field-document-status = میں کہاں تک پہنچا ہوں
diary-choice-none = نہیں بتایا
diary-one-per-line = ہر سطر میں ایک
diary-interview-edit = انٹرویو میں ترمیم
diary-action-edit = یاد دہانی میں ترمیم
diary-document-new = دستاویز شامل کریں
diary-document-edit = دستاویز میں ترمیم
diary-meeting-edit = ملاقات میں ترمیم
diary-open-job = ملازمت کا اشتہار دیکھیں
