# Ponte — app-common (ar).
# Review: machine

speech-no-voice = لا يوجد في هذا الهاتف صوت للغة { $language }.
speech-other-language = لا يوجد في هذا الهاتف صوت للغة { $language }: القراءة باللغة { $other }.
guides-coming = ستجد هنا أدلة المنظمات القريبة منك. كل شيء آخر يعمل بدون إنترنت.
