# Ponte — app-lessons (ur).
# Review: machine

lessons-status-not-started = شروع نہیں ہوا
lessons-status-in-progress = جاری ہے
lessons-status-completed = مکمل
lessons-status-mastered = مہارت حاصل
lessons-review = دہرائیں
lessons-continue = اس کے ساتھ جاری رکھیں
lessons-glossary-open = اس کورس کے الفاظ
lessons-certificate-open = سرٹیفکیٹ
lessons-true-false = یہ سچ ہے یا غلط؟
lessons-previous = پچھلا
lessons-next = اگلا
lessons-finish = ختم کریں
lessons-move-earlier = اوپر کریں
lessons-move-later = نیچے کریں
lessons-unavailable = یہ سبق اب اس فون پر نہیں ہے۔ اسباق میں سے کوئی اور منتخب کریں۔
lessons-glossary-empty = اس کورس میں سمجھانے کے لیے کوئی الفاظ نہیں ہیں۔
lessons-certificate-missing = سرٹیفکیٹ حاصل کرنے کے لیے پہلے ان اسباق میں مہارت حاصل کریں:
lessons-certificate-ready = آپ نے اس کورس کے تمام اسباق میں مہارت حاصل کر لی ہے۔ اپنا نام ویسے لکھیں جیسے سرٹیفکیٹ پر آنا چاہیے۔
lessons-certificate-share = سرٹیفکیٹ شیئر کریں
lessons-course-unavailable = یہ کورس اب اس فون پر نہیں ہے۔
