-- When each member's long-lived token last signed in (or served as a
-- bearer): a token unused for `[review] token_days` stops working.
ALTER TABLE reviewers ADD COLUMN used_at TEXT;

-- Sessions: a token exchanged at sign-in for a credential (its hash only),
-- ended by a sign-out, by a sign-out everywhere, by the member's revocation,
-- or after `[review] session_hours` without a request (`seen_at`).
CREATE TABLE review_sessions (
    id              INTEGER PRIMARY KEY,
    reviewer        TEXT    NOT NULL,
    credential_hash BLOB    NOT NULL UNIQUE,
    created_at      TEXT    NOT NULL,
    seen_at         TEXT    NOT NULL,
    ended_at        TEXT
);
CREATE INDEX review_sessions_reviewer ON review_sessions (reviewer);
