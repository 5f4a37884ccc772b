-- Schema 11: the app core's own state. The person's settings (languages, city, data saver,
-- notification switches, quiet hours) and what the app must find again after being killed
-- (the navigation stack, first-run progress) are small key/value pairs, written in the same
-- encrypted database as everything else.

CREATE TABLE app_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
