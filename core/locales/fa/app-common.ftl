# Ponte — app-common (fa).
# Review: machine

speech-no-voice = این گوشی صدایی برای { $language } ندارد.
speech-other-language = این گوشی صدایی برای { $language } ندارد: به { $other } خوانده می‌شود.
guides-coming = راهنماهای سازمان‌های نزدیک شما اینجا خواهند بود. بقیه چیزها بدون اینترنت کار می‌کنند.
