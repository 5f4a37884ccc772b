-- Schema 17: "ask my tutor". A question the person sent from Ask (kept on the phone: it is
-- theirs, in the export and erased with everything), and on a tutor's note the question it
-- answers (the question's id), so the phone can say "your tutor answered".
CREATE TABLE tutor_question (
    -- The outbox operation's id too: the coordinator files the question under it.
    id        TEXT PRIMARY KEY NOT NULL,
    text      TEXT NOT NULL,
    language  TEXT NOT NULL,
    asked_at  INTEGER NOT NULL
);
ALTER TABLE tutor_item ADD COLUMN question TEXT;
