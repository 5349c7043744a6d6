-- Single sign-on through the host's OpenID Connect provider: the e-mail
-- address or subject a coordinator gave each member (one member each), and
-- the sign-ins under way (the browser's key and the state as fingerprints,
-- the PKCE verifier and the nonce the provider's answer is checked with),
-- each taken once and forgotten after ten minutes.
ALTER TABLE reviewers ADD COLUMN sso TEXT;
CREATE UNIQUE INDEX reviewers_sso ON reviewers (sso) WHERE sso IS NOT NULL AND revoked_at IS NULL;

CREATE TABLE sso_logins (
    key_hash   BLOB    PRIMARY KEY,
    state_hash BLOB    NOT NULL,
    verifier   TEXT    NOT NULL,
    nonce      TEXT    NOT NULL,
    created_at TEXT    NOT NULL
);
