-- The addresses e-mails go to, by a digest of the address (lower case):
-- whether their owner confirmed wanting e-mails (double opt-in), and when the
-- last request to confirm went (an address not confirmed gets at most one a
-- day). `confirm_hash` is the fingerprint of the single-use link of the last
-- request. A row goes a day after the last request naming the address lost
-- its personal data; the confirmation goes at once then.
CREATE TABLE mail_addresses (
    address_hash    BYTEA    PRIMARY KEY,
    confirmed_at    TEXT,
    asked_at        TEXT,
    confirm_hash    BYTEA    UNIQUE
);

-- The digest of a request's contact address, once an e-mail was to go to
-- it; erased with the answers.
ALTER TABLE applications ADD COLUMN mail_hash BYTEA;
CREATE INDEX applications_mail ON applications (mail_hash);

-- An e-mail that waits for its address to be confirmed (`held_at`), or that
-- went as the request to confirm it (`asked`, 0 or 1).
ALTER TABLE notifications ADD COLUMN held_at TEXT;
ALTER TABLE notifications ADD COLUMN asked BIGINT NOT NULL DEFAULT 0;

-- Keys the server signs its links with (the e-mails' "stop" link), drawn at
-- random when first needed; shared by every instance.
CREATE TABLE server_keys (
    name            TEXT    PRIMARY KEY,
    key             BYTEA      NOT NULL
);
