-- The invitations of a withdrawn or erased request are revoked: their secret
-- no longer opens the survey, and nothing more can be answered in its name.
ALTER TABLE survey_invitations ADD COLUMN revoked_at TEXT;

-- Rate-limit counts shared by the instances of a PostgreSQL deployment (on
-- SQLite, one instance counts in memory and leaves this table empty): per
-- limit and client, the earliest time of the next attempt in the generic
-- cell rate algorithm, in milliseconds since the epoch.
CREATE TABLE rate_limits (
    name            TEXT    NOT NULL,
    client          TEXT    NOT NULL,
    tat             INTEGER NOT NULL,
    PRIMARY KEY (name, client)
);
