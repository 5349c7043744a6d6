-- Whether the invitation was opened: with `responded`, all an anonymous
-- survey records of what a collective did.
ALTER TABLE survey_invitations ADD COLUMN opened INTEGER NOT NULL DEFAULT 0;

-- Responses in progress, saved as the collective answers and found again
-- from any device by a third hash of the invitation secret. `sealed` is
-- encrypted in the browser with a key only that secret gives: the server
-- cannot read it. `reached` is the last question answered (the drop-off
-- figures); `responded` says it changes a response already sent. As with
-- responses, an anonymous survey's drafts have no request and no time. A
-- draft goes when its response is sent; its sealed text when the survey
-- closes.
CREATE TABLE survey_drafts (
    id              INTEGER PRIMARY KEY,
    survey_id       INTEGER NOT NULL REFERENCES surveys (id),
    draft_key       BLOB    NOT NULL UNIQUE,
    application_id  INTEGER REFERENCES applications (id),
    sealed          TEXT,
    reached         TEXT,
    responded       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX survey_drafts_survey ON survey_drafts (survey_id, responded);
