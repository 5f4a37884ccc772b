# Ponte — app-diary (bn).
# Review: machine

diary-actions-title = পরের ধাপ
diary-tab = { $stage } ({ $count })
diary-tab-all = সব
diary-since = { $date } থেকে
diary-empty-stage = এই ধাপে কোনো আবেদন নেই।
diary-more = আরও দেখান
diary-previous = নতুনগুলো দেখান
diary-move-to = “{ $stage }”-এ সরান
diary-timeline-entry = { $stage }: { $date }
diary-when = { $date }, { $time }-এ
diary-interviews = সাক্ষাৎকার
diary-action-due = { $date }-এর মধ্যে
diary-mark-done = হয়ে গেছে চিহ্ন দিন
diary-mark-not-done = হয়নি চিহ্ন দিন
diary-upcoming = আসছে
diary-empty-actions = এখনও কোনো ধাপ নেই। কী করতে চান আর কবে পর্যন্ত, যোগ করুন।
diary-add-document = যোগ করুন: { $document }
diary-field-interview-format = সাক্ষাৎকার কীভাবে হবে
diary-field-action-kind = ধাপের ধরন
diary-field-document-kind = কাগজ
diary-field-document-status = আমি কোথায় আছি
diary-choice-none = বলা হয়নি
diary-one-per-line = প্রতি লাইনে একটি
diary-interview-edit = সাক্ষাৎকার বদলান
diary-action-edit = রিমাইন্ডার বদলান
diary-document-new = একটি কাগজ যোগ করুন
diary-document-edit = কাগজ বদলান
diary-meeting-edit = মিটিং বদলান
diary-open-job = চাকরির বিজ্ঞাপন দেখুন
