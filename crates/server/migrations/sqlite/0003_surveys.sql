-- Feedback surveys. The definition is JSON checked by portal_core::survey.
CREATE TABLE surveys (
    id              INTEGER PRIMARY KEY,
    definition      TEXT    NOT NULL,
    anonymous       INTEGER NOT NULL,
    state           TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    created_by      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);

-- The phases whose accepted requests a survey invites.
CREATE TABLE survey_phases (
    survey_id       INTEGER NOT NULL REFERENCES surveys (id),
    phase           INTEGER NOT NULL,
    PRIMARY KEY (survey_id, phase)
);

-- One invitation per accepted request, made when the survey opens. Its secret
-- is derived from the request's status secret when the applicant looks the
-- request up (so the server never holds it); only its hash is kept, from then
-- on. `responded` is all an anonymous survey records about who answered.
CREATE TABLE survey_invitations (
    id              INTEGER PRIMARY KEY,
    survey_id       INTEGER NOT NULL REFERENCES surveys (id),
    application_id  INTEGER NOT NULL REFERENCES applications (id),
    phase           INTEGER NOT NULL,
    token_hash      BLOB    UNIQUE,
    responded       INTEGER NOT NULL DEFAULT 0,
    UNIQUE (survey_id, application_id)
);

-- Responses, found again by a second hash of the invitation secret. For an
-- anonymous survey, neither the request nor any time is stored.
CREATE TABLE survey_responses (
    id              INTEGER PRIMARY KEY,
    survey_id       INTEGER NOT NULL REFERENCES surveys (id),
    response_key    BLOB    NOT NULL UNIQUE,
    application_id  INTEGER REFERENCES applications (id),
    answers         TEXT    NOT NULL,
    updated_at      TEXT
);
CREATE INDEX survey_responses_survey ON survey_responses (survey_id, response_key);
