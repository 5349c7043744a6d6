-- The space of each request: the label of its address (`amis-du-velo`),
-- unique among the requests that are neither refused nor withdrawn (an index,
-- so that two submissions racing for one address cannot both win), and,
-- once accepted, where the creation of the space stands (`creating`,
-- `ready`, `failed`) and its address when ready.
ALTER TABLE applications ADD COLUMN address TEXT;
ALTER TABLE applications ADD COLUMN space TEXT;
ALTER TABLE applications ADD COLUMN space_url TEXT;
CREATE UNIQUE INDEX applications_address ON applications (address)
    WHERE address IS NOT NULL AND status NOT IN ('refused', 'withdrawn');

-- A change of address (`address`: the new one) and a step of the space's
-- creation (`space`: where it stands then).
ALTER TABLE application_events ADD COLUMN address TEXT;
ALTER TABLE application_events ADD COLUMN space TEXT;

-- The outbox of messages to the hosting side (Standard Webhooks): a row is
-- written in the transaction of its event, with the message's id
-- (`webhook_id`, the same on every attempt) and the address it is about (a
-- cancellation outlives the request's); its body is made when it goes, from
-- the request as it stands. Claimed like the e-mails (`due_at`, in
-- milliseconds, moved to the next attempt at once).
CREATE TABLE deliveries (
    id              INTEGER PRIMARY KEY,
    webhook_id      TEXT    NOT NULL UNIQUE,
    application_id  INTEGER  NOT NULL REFERENCES applications (id),
    event           TEXT    NOT NULL,
    address         TEXT,
    created_at      TEXT    NOT NULL,
    due_at          INTEGER  NOT NULL,
    attempts        INTEGER  NOT NULL DEFAULT 0,
    delivered_at    TEXT,
    failed_at       TEXT,
    dropped_at      TEXT,
    last_status     INTEGER,
    error           TEXT
);
CREATE INDEX deliveries_due ON deliveries (due_at)
    WHERE delivered_at IS NULL AND failed_at IS NULL AND dropped_at IS NULL;
CREATE INDEX deliveries_application ON deliveries (application_id, id);

-- The hosting side answered 410 Gone: deliveries stop until a reviewer
-- resumes them. One row at most.
CREATE TABLE delivery_stops (
    id              INTEGER  PRIMARY KEY CHECK (id = 1),
    stopped_at      TEXT    NOT NULL
);

-- The ids of the hosting side's reports already taken: a report replayed
-- within the five minutes its signature is valid changes nothing.
CREATE TABLE space_reports (
    webhook_id      TEXT    PRIMARY KEY,
    received_at     TEXT    NOT NULL
);
