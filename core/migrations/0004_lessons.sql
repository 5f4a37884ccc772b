-- Schema 4: lessons (content, from signed packs) and the person's progress through them.

CREATE TABLE lesson_pack (
    id            TEXT PRIMARY KEY NOT NULL,
    version       INTEGER NOT NULL,
    key_id        TEXT NOT NULL,
    demo          INTEGER NOT NULL,
    installed_at  INTEGER NOT NULL
);

CREATE TABLE course (
    id        TEXT PRIMARY KEY NOT NULL,
    pack_id   TEXT NOT NULL REFERENCES lesson_pack (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    -- The course without its lessons, as JSON in the pack's format.
    content   TEXT NOT NULL
);

CREATE TABLE lesson (
    id         TEXT PRIMARY KEY NOT NULL,
    course_id  TEXT NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    -- The whole lesson as JSON in the pack's format: read when the lesson is opened.
    content    TEXT NOT NULL
);
CREATE INDEX lesson_by_course ON lesson (course_id, position);

CREATE TABLE lesson_media (
    path   TEXT PRIMARY KEY NOT NULL,
    bytes  BLOB NOT NULL
);

-- The person's own records. They refer to lessons by id and survive a new pack version.
CREATE TABLE lesson_progress (
    id            TEXT PRIMARY KEY NOT NULL,
    lesson_id     TEXT NOT NULL UNIQUE,
    -- Where to resume: the step's id (stable across pack versions) and its index as a fallback.
    current_step  TEXT NOT NULL,
    started_at    INTEGER NOT NULL,
    completed_at  INTEGER,
    mastered_at   INTEGER,
    -- The mastery rule that was in force when mastery was reached.
    mastered_by   TEXT,
    updated_at    INTEGER NOT NULL
);

-- Every answer, as Kolibri's attempt logs: where people get stuck.
CREATE TABLE lesson_attempt (
    id            TEXT PRIMARY KEY NOT NULL,
    lesson_id     TEXT NOT NULL,
    step_id       TEXT NOT NULL,
    correct       INTEGER NOT NULL,
    hinted        INTEGER NOT NULL,
    answer        TEXT NOT NULL,
    duration_ms   INTEGER NOT NULL,
    -- The rule in force for this attempt, so a later pack cannot change a past result.
    mastery_rule  TEXT NOT NULL,
    pack_version  INTEGER NOT NULL,
    answered_at   INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX lesson_attempt_by_lesson ON lesson_attempt (lesson_id, answered_at);
