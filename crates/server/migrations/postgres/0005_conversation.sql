-- When the applicant answered the reviewers' question, until a reviewer
-- decides again: the queue's "answers received". The answer itself is an
-- event of the history (actor `applicant`), erased with the other messages.
ALTER TABLE applications ADD COLUMN answered_at TEXT;
CREATE INDEX applications_answered ON applications (answered_at);
