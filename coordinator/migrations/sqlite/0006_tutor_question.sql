-- "Ask my tutor" (issue 16): the questions a person sends their tutor from the phone, keyed by
-- the pushed operation's id (applied at most once). Answering one writes a tutor note for the
-- person (`answer_item`, whose `question` field is this id) and marks it answered. Erasing the
-- person removes their questions.
CREATE TABLE tutor_question (
    id              TEXT PRIMARY KEY,
    beneficiary_id  TEXT NOT NULL REFERENCES beneficiary (id) ON DELETE CASCADE,
    text            TEXT NOT NULL,
    language        TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    answered_at     BIGINT,
    -- The account that answered.
    answered_by     TEXT REFERENCES account (id),
    answer_item     TEXT
);
CREATE INDEX tutor_question_by_beneficiary ON tutor_question (beneficiary_id, created_at);
