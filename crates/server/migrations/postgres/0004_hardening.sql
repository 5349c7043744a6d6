-- See the SQLite migration for what each change keeps.
ALTER TABLE survey_invitations ADD COLUMN revoked_at TEXT;

CREATE TABLE rate_limits (
    name            TEXT    NOT NULL,
    client          TEXT    NOT NULL,
    tat             BIGINT  NOT NULL,
    PRIMARY KEY (name, client)
);
CREATE INDEX rate_limits_tat ON rate_limits (tat);
