-- Failed pairings (issue 17): a wrong code counts against the address it came from and against
-- all, so codes cannot be guessed within their lifetime (see the README's arithmetic). Rows
-- older than the window are deleted as new ones come.
CREATE TABLE pair_failure (
    client  TEXT NOT NULL,
    at      BIGINT NOT NULL
);
CREATE INDEX pair_failure_by_client ON pair_failure (client, at);
CREATE INDEX pair_failure_by_time ON pair_failure (at);
