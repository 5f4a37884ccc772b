# Ponte — app-diary (ti).
# Review: machine

diary-actions-title = ዝቕጽሉ ስጉምትታት
diary-tab = { $stage } ({ $count })
diary-tab-all = ኩሉ
diary-since = ካብ { $date }
diary-empty-stage = ኣብዚ ደረጃ ዝኾነ ጠለብ የለን።
diary-more = ተወሳኺ ኣርኢ
diary-previous = እቶም ሓደስቲ ኣርኢ
diary-move-to = ናብ «{ $stage }» ኣሕልፍ
diary-timeline-entry = { $stage }: { $date }
diary-when = { $date } ሰዓት { $time }
diary-interviews = ቃለ-መሕተታት
diary-action-due = ክሳብ { $date }
diary-mark-done = ከም ዝተገብረ ምልክት ግበር
diary-mark-not-done = ከም ዘይተገብረ ምልክት ግበር
diary-upcoming = ዝመጽእ
diary-empty-actions = ገና ስጉምቲ የለን። ክትገብሮ እትደሊ ነገርን ክሳብ መዓስን ወስኽ።
diary-add-document = ወስኽ: { $document }
diary-field-interview-format = ቃለ-መሕተት ብኸመይ ይካየድ
diary-field-action-kind = ዓይነት ስጉምቲ
diary-field-document-kind = ሰነድ
diary-field-document-status = ኣበይ በጺሐ ኣለኹ
diary-choice-none = ኣይተጠቕሰን
diary-one-per-line = ኣብ ነፍሲ ወከፍ መስመር ሓደ
diary-interview-edit = ቃለ-መሕተት ኣስተኻኽል
diary-action-edit = መዘኻኸሪ ኣስተኻኽል
diary-document-new = ሰነድ ወስኽ
diary-document-edit = ሰነድ ኣስተኻኽል
diary-meeting-edit = ኣኼባ ኣስተኻኽል
diary-open-job = ምልክታ ስራሕ ርአ
