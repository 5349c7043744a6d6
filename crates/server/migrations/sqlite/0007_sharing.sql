-- The match keys of each request (`portal_core::related`), hashed: requests
-- sharing a key are related. Written with the answers, rewritten with a
-- correction, deleted with the personal data. `related` on the request says
-- whether another request shares one of its keys, kept up to date by each
-- write of keys, so that the queue filters on it without a join.
CREATE TABLE application_keys (
    application_id  INTEGER NOT NULL REFERENCES applications (id),
    likeness        TEXT    NOT NULL,
    key_hash        BLOB    NOT NULL,
    PRIMARY KEY (application_id, likeness)
);
CREATE INDEX application_keys_hash ON application_keys (key_hash);
ALTER TABLE applications ADD COLUMN related INTEGER NOT NULL DEFAULT 0;
CREATE INDEX applications_related ON applications (related, created_at) WHERE related = 1;

-- The reviewer who took the request ("je m'en occupe"), and since when.
ALTER TABLE applications ADD COLUMN taken_by TEXT;
ALTER TABLE applications ADD COLUMN taken_at TEXT;
CREATE INDEX applications_taken ON applications (taken_by, created_at);

-- Labels reviewers create and put on requests.
CREATE TABLE labels (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL UNIQUE,
    color           TEXT    NOT NULL,
    created_by      TEXT    NOT NULL,
    created_at      TEXT    NOT NULL
);
CREATE TABLE application_labels (
    application_id  INTEGER NOT NULL REFERENCES applications (id),
    label_id        INTEGER NOT NULL REFERENCES labels (id),
    PRIMARY KEY (label_id, application_id)
);
CREATE INDEX application_labels_application ON application_labels (application_id);

-- A reviewer's saved views: named filters of the queue.
CREATE TABLE saved_views (
    id              INTEGER PRIMARY KEY,
    reviewer        TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    query           TEXT    NOT NULL,
    UNIQUE (reviewer, name)
);

-- Filters of the queue that thousands of requests make slow without them.
CREATE INDEX applications_kind ON applications (kind, created_at);
CREATE INDEX applications_country ON applications (country, created_at);
