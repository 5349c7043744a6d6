-- What each member of the team may do: `coordinator` (phases, surveys'
-- life cycle, labels' definitions, exports, the team) or `reviewer`. The
-- members there before roles were all-powerful: they become coordinators,
-- so that nobody is locked out.
ALTER TABLE reviewers ADD COLUMN role TEXT NOT NULL DEFAULT 'coordinator';
