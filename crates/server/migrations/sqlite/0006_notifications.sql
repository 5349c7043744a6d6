-- What an entry of the history is: a move of the request (`move`), a
-- reviewer's message to the applicant that moved nothing (`message`), or the
-- applicant's correction of answers (`correction`), with the names of the
-- answers it changed in `fields` (comma-separated; the values are in the
-- answers, erased with them).
ALTER TABLE application_events ADD COLUMN kind TEXT NOT NULL DEFAULT 'move';
ALTER TABLE application_events ADD COLUMN fields TEXT;

-- The applicant's choice of e-mails about the request (0 or 1): the wizard's
-- consent at first, changed on the status page.
ALTER TABLE applications ADD COLUMN notify INTEGER NOT NULL DEFAULT 0;

-- The outbox: one row per e-mail to send, written in the transaction of the
-- event it tells about, so that a committed event always has its e-mail and
-- a rolled-back one never does. The address is read from the answers when
-- the e-mail goes, so nothing personal is copied here but the mail server's
-- refusals (erased with the request). `due_at` (milliseconds since the
-- epoch) is when it may be tried next: a sender that claims a row moves it
-- to the next retry at once, so that no other sender takes it meanwhile, and
-- a sender that crashed leaves it to be tried again then.
CREATE TABLE notifications (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES applications (id),
    kind            TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    due_at          INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    sent_at         TEXT,
    failed_at       TEXT,
    error           TEXT
);
CREATE INDEX notifications_due ON notifications (due_at) WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX notifications_application ON notifications (application_id, id);
