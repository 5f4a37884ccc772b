# Ponte — app-lessons, English (the source of the catalogue).
# Review: reviewed

lessons-status-not-started = Not started
lessons-status-in-progress = In progress
lessons-status-completed = Completed
lessons-status-mastered = Mastered
lessons-review = Review
lessons-continue = Continue with
lessons-glossary-open = Words of this course
lessons-certificate-open = Certificate
lessons-true-false = Is this true or false?
lessons-previous = Previous
lessons-next = Next
lessons-finish = Finish
lessons-move-earlier = Move up
lessons-move-later = Move down
lessons-unavailable = This lesson is no longer on this phone. Choose another one from the lessons.
lessons-glossary-empty = This course has no words to explain.
lessons-certificate-missing = To get the certificate, master these lessons first:
lessons-certificate-ready = You have mastered every lesson of this course. Write your name as it should appear on the certificate.
lessons-certificate-share = Share the certificate
lessons-course-unavailable = This course is no longer on this phone.
