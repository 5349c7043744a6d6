-- Reviewers sign in with a token created by the CLI; only its hash is kept.
CREATE TABLE reviewers (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL UNIQUE,
    token_hash      BLOB    NOT NULL UNIQUE,
    created_at      TEXT    NOT NULL,
    revoked_at      TEXT
);

-- Private notes of reviewers on a request, never shown to the applicant.
CREATE TABLE application_notes (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES applications (id),
    reviewer        TEXT    NOT NULL,
    at              TEXT    NOT NULL,
    body            TEXT    NOT NULL
);
CREATE INDEX application_notes_application ON application_notes (application_id, id);

-- Which phases are open to acceptances (the phases themselves are configuration).
CREATE TABLE phase_states (
    number          INTEGER PRIMARY KEY,
    open            INTEGER NOT NULL,
    changed_at      TEXT    NOT NULL,
    changed_by      TEXT    NOT NULL
);

CREATE INDEX applications_created ON applications (created_at);

-- The name and the purpose, folded (lower case, no accents) by
-- portal_core::text, for the reviewers' search. Erased with the answers.
ALTER TABLE applications ADD COLUMN search TEXT;
