# Ponte — app-diary (ps).
# Review: machine

diary-actions-title = راتلونکي ګامونه
diary-tab = { $stage } ({ $count })
diary-tab-all = ټول
diary-since = له { $date } راهیسې
diary-empty-stage = په دې پړاو کې هیڅ غوښتنلیک نشته.
diary-more = نور وښایاست
diary-previous = نوي یې وښایاست
diary-move-to = «{ $stage }» ته یې یوسئ
diary-timeline-entry = { $stage }: { $date }
diary-when = { $date } په { $time }
diary-interviews = مرکې
diary-action-due = تر { $date } پورې
diary-mark-done = د شوي په توګه نښه کړئ
diary-mark-not-done = د نه شوي په توګه نښه کړئ
diary-upcoming = راتلونکي
diary-empty-actions = تر اوسه هیڅ ګام نشته. هغه څه اضافه کړئ چې غواړئ یې وکړئ، او تر کله.
diary-add-document = اضافه کړئ: { $document }
diary-field-interview-format = مرکه څنګه کیږي
diary-field-action-kind = د ګام ډول
diary-field-document-kind = سند
diary-field-document-status = زه پکې چیرته یم
diary-choice-none = نه دی ویل شوی
diary-one-per-line = په هره کرښه کې یو
diary-interview-edit = مرکه سمه کړئ
diary-action-edit = یادونه سمه کړئ
diary-document-new = یو سند اضافه کړئ
diary-document-edit = سند سم کړئ
diary-meeting-edit = غونډه سمه کړئ
diary-open-job = د کار اعلان وګورئ
