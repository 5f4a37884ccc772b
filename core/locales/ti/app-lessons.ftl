# Ponte — app-lessons (ti).
# Review: machine

lessons-status-not-started = ኣይጀመረን
lessons-status-in-progress = ኣብ መስርሕ
lessons-status-completed = ተወዲኡ
lessons-status-mastered = ተመኪሩ
lessons-review = ከልስ
lessons-continue = ቀጽል ብ
lessons-glossary-open = ቃላት ናይዚ ኮርስ
lessons-certificate-open = ምስክር ወረቐት
lessons-true-false = እዚ ሓቂ ድዩ ወይስ ሓሶት?
lessons-previous = ዝሓለፈ
lessons-next = ዝቕጽል
lessons-finish = ወድእ
lessons-move-earlier = ናብ ላዕሊ
lessons-move-later = ናብ ታሕቲ
lessons-unavailable = እዚ ትምህርቲ ኣብዚ ተሌፎን የለን። ካብ ትምህርትታት ካልእ ምረጹ።
lessons-glossary-empty = እዚ ኮርስ ዝግለጹ ቃላት የብሉን።
lessons-certificate-missing = ምስክር ወረቐት ንምርካብ፡ ቅድም እዞም ትምህርትታት ምለኽ፦
lessons-certificate-ready = ኩሉ ትምህርትታት ናይዚ ኮርስ መሊኽካዮ ኢኻ። ስምካ ኣብ ምስክር ወረቐት ከም ዝግባእ ጽሓፍ።
lessons-certificate-share = ምስክር ወረቐት ኣካፍል
lessons-course-unavailable = እዚ ኮርስ ኣብዚ ተሌፎን የለን።
