-- The request a replay record belongs to, so that erasing the request
-- erases its replay too. Replays kept so far go: they are a day's at most,
-- and their fingerprint of the answers was not keyed by the client's key.
DELETE FROM idempotency;
ALTER TABLE idempotency ADD COLUMN application_id INTEGER;
CREATE INDEX idempotency_application ON idempotency (application_id);
