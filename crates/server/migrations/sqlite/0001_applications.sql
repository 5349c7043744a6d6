-- Pre-registrations. Filterable facts are columns; the full answers are kept as
-- JSON in `answers` and erased (set to NULL) when the applicant withdraws.
CREATE TABLE applications (
    id              INTEGER PRIMARY KEY,
    reference       TEXT    NOT NULL UNIQUE,
    secret_hash     BLOB    NOT NULL,
    status          TEXT    NOT NULL,
    eligibility     TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    country         TEXT    NOT NULL,
    locale          TEXT    NOT NULL,
    accounts        INTEGER NOT NULL,
    storage_gb      INTEGER NOT NULL,
    phase           INTEGER,
    structure_name  TEXT,
    answers         TEXT,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    erased_at       TEXT
);
CREATE INDEX applications_status ON applications (status, created_at);
CREATE INDEX applications_phase ON applications (phase, status);

-- Every change of an application, appended, never updated.
CREATE TABLE application_events (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES applications (id),
    at              TEXT    NOT NULL,
    actor           TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    phase           INTEGER,
    reason          TEXT,
    message         TEXT
);
CREATE INDEX application_events_application ON application_events (application_id, id);

-- Replays of successful submissions, keyed by a hash of the client's
-- Idempotency-Key and encrypted with a key derived from it: the database alone
-- cannot reveal the status secret they contain.
CREATE TABLE idempotency (
    key_hash        BLOB    PRIMARY KEY,
    request_hash    BLOB    NOT NULL,
    response        BLOB    NOT NULL,
    created_at      TEXT    NOT NULL
);
CREATE INDEX idempotency_created ON idempotency (created_at);
