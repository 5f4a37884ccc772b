# Ponte — app-lessons (ps).
# Review: machine

lessons-status-not-started = نه دی پیل شوی
lessons-status-in-progress = روان دی
lessons-status-completed = بشپړ شوی
lessons-status-mastered = زده شوی
lessons-review = بیا کتنه
lessons-continue = ادامه ورکړئ له
lessons-glossary-open = د دې کورس کلمې
lessons-certificate-open = سند
lessons-true-false = دا سم دی که ناسم؟
lessons-previous = مخکینی
lessons-next = بل
lessons-finish = پای
lessons-move-earlier = پورته یې کړئ
lessons-move-later = ښکته یې کړئ
lessons-unavailable = دا لوست نور په دې ټیلیفون کې نشته. له لوستونو څخه بل وټاکئ.
lessons-glossary-empty = دا کورس د تشریح لپاره کلمې نه لري.
lessons-certificate-missing = د سند د ترلاسه کولو لپاره، لومړی دا لوستونه زده کړئ:
lessons-certificate-ready = تاسو د دې کورس ټول لوستونه زده کړي دي. خپل نوم هغسې ولیکئ لکه څنګه چې باید په سند کې راشي.
lessons-certificate-share = سند شریک کړئ
lessons-course-unavailable = دا کورس نور په دې ټیلیفون کې نشته.
