# Ponte — app-common (ps).
# Review: machine

speech-no-voice = په دې ټیلیفون کې د { $language } لپاره غږ نشته.
speech-other-language = په دې ټیلیفون کې د { $language } لپاره غږ نشته: په { $other } لوستل کېږي.
guides-coming = دلته به ستاسو سیمې د سازمانونو لارښوونې وي. نور هر څه له انټرنیټ پرته کار کوي.

# The profile, the CV and the settings.
profile-filled = له { $total } برخو څخه { $filled } ډک شوي
profile-hint-personal = خپل نوم او د ټیلیفون شمېره یا بریښنالیک ورزیات کړئ، چې کارګمارونکی درسره اړیکه ونیسي.
profile-hint-availability = ووایاست چې کله کار کولی شئ او تر کومه واټنه تللی شئ.
profile-hint-language = هغه ژبې ورزیاتې کړئ چې خبرې پرې کوئ، که لږ هم وي.
profile-hint-experience = هغه کارونه ورزیات کړئ چې مو کړي، په ایټالیا یا نورو هېوادونو کې، په معاش یا بې معاشه.
profile-hint-education = خپل ښوونځي او کورسونه ورزیات کړئ، که نیمګړي هم وي.
profile-hint-skill = هغه څه ورزیات کړئ چې کول یې زده دي: پخلی، موټر چلول، پاکول، د خلکو پالنه…
profile-hint-certificate = د موټر چلولو جواز او نور سندونه ورزیات کړئ.
profile-add-language = ژبه ورزیاته کړئ
profile-add-experience = کار ورزیات کړئ
profile-add-education = ښوونځی یا کورس ورزیات کړئ
profile-add-skill = مهارت ورزیات کړئ
profile-add-certificate = جواز یا سند ورزیات کړئ
profile-transport = کار ته څنګه ځم
profile-not-said = نه دی ویل شوی
profile-level-a1 = A1 · پیل کوونکی
profile-level-a2 = A2 · ابتدايي
profile-level-b1 = B1 · منځنی
profile-level-b2 = B2 · له منځني پورته
profile-level-c1 = C1 · پرمختللی
profile-level-c2 = C2 · ډېر ښه
profile-error-email = د بریښنالیک پته لکه name@example.com ولیکئ.
profile-error-phone = د ټیلیفون شمېره یوازې په عددونو ولیکئ، لکه { $example }.
profile-format-date = لکه 2026-12-31 (کال-میاشت-ورځ)
profile-format-month = لکه 2024-03 (کال-میاشت)
profile-format-year = لکه 2019
profile-discard = زما بدلونونه هېر کړئ
profile-delete-confirm = د تل لپاره ړنګ شي؟ بېرته نه راګرځي.
profile-cv-your-language = ستاسو ژبه
profile-cv-employer-language = د کارګمارونکو لپاره ژبه
profile-cv-share = سي وي په { $language } ژبه شریک کړئ
profile-cv-empty = ستاسو سي وي خالي ده. لومړی خپله پېژندپاڼه ډکه کړئ.
settings-data = انټرنېټ او ډېټا
settings-wifi-only = یوازې په Wi-Fi همغږي کول
settings-wifi-only-explain = ستاسو د سیم کارت ډېټا سپموي.
settings-data-saver = د ډېټا سپما
settings-data-saver-explain = په موبایل ډېټا: نه د نقشې ډاونلوډ او نه انځورونه.
settings-map-mobile-data = په موبایل ډېټا د نقشې ډاونلوډ ته اجازه
settings-notifications = یادونې
settings-notify-follow-up = زما د غوښتنلیکونو د خبر پوښتنه
settings-notify-action = کارونه چې باید وشي
settings-notify-interview = د کار مرکې
settings-notify-tutor = زما د لارښود وختونه
settings-notify-meeting = له لارښود سره لیدنې
settings-notify-document = اسناد چې نېټه یې تېرېږي
settings-notify-lesson = لوستونه چې دوام ورکړئ
settings-notify-tutor-answer = زما د لارښود ځوابونه
settings-quiet-hours-hint = د دې وختونو ترمنځ یادونې نشته، لکه 21:00-08:00. که نه غواړئ، خالي یې پرېږدئ.
settings-quiet-hours-error-bad-date = دوه وختونه لکه 21:00-08:00 ولیکئ.
settings-quiet-hours-error-out-of-range = دواړه وختونه باید توپیر ولري.
settings-share-profile = زما پېژندپاڼه او سي وي
settings-sharing-not-paired = تاسو له لارښود سره نه یاست نښلول شوي: هېڅ شی نه شریکېږي.
settings-export = زما ډېټا صادرول
settings-export-explain = یوه فایل چې ټول هغه څه پکې دي چې تاسو لیکلي او ستاسو سي وي، د ساتلو یا باوري کس ته ورکولو لپاره.
settings-erase = له دې ټیلیفون څخه هر څه پاکول
settings-erase-confirm = دا ستاسو کتابچه، پېژندپاڼه، تنظیمات او نقشه له دې ټیلیفون څخه پاکوي. بېرته نه راګرځي. هغه څه چې مو له لارښود سره شریک کړي، له موسسې سره پاتې کېږي.
settings-erase-yes = هو، هر څه پاک کړئ
nav-back = شاته
guides-count =
    { $count ->
        [one] ۱ لارښوونه
       *[other] { $count } لارښوونې
    }
guide-checked = په { $date } وکتل شو
guide-sources = رسمي سرچينې
guides-ask = پوښتنه وکړئ
guides-ask-none = تر اوسه هیڅ لارښوونه دې پوښتنې ته ځواب نه ورکوي. نور ټکي وازمویئ، یا له خپل لارښود وپوښتئ.
ask-from-guide = لارښوونه
ask-from-service = خدمت
ask-from-lesson = لوست
ask-tutor = له خپل لارښود وپوښتئ
ask-tutor-confirm = دا پوښتنه خپل لارښود ته ولیږئ؟ یوازې ستاسو لارښود او د هغه سازمان به یې ولولي.
ask-tutor-send = ولیږئ
ask-tutor-cancel = مه یې لیږئ
ask-tutor-sent = ستاسو لارښود ته ولیږل شوه. ځواب به د لارښود له پیغامونو سره راشي.
