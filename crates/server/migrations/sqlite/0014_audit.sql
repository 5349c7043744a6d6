-- Who did what in the reviewers' area: one row per action (who, what,
-- which request by its reference, when, how the server answered), never
-- the personal data itself, so erasing a request keeps its rows. Nothing
-- changes a row; the purge forgets those older than `[retention]
-- audit_days`.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT    NOT NULL,
    member    TEXT,
    action    TEXT    NOT NULL,
    reference TEXT,
    detail    TEXT    NOT NULL DEFAULT '',
    status    INTEGER NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_member ON audit_log (member, id);
CREATE INDEX audit_log_reference ON audit_log (reference, id);
CREATE INDEX audit_log_action ON audit_log (action, id);
CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Reply templates: what the coordinators keep for each decision (none: the
-- message form), in each language.
CREATE TABLE reply_templates (
    id         INTEGER PRIMARY KEY,
    decision   TEXT,
    reason     TEXT,
    locale     TEXT    NOT NULL,
    title      TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);
