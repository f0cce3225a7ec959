-- Issue 14: idle sessions, expiring API tokens, who created whom, an own password before privileged work, TOTP.
ALTER TABLE sessions ADD COLUMN last_seen_at TEXT;
UPDATE sessions SET last_seen_at = created_at;

-- Tokens made before this version expire 90 days after this migration ran, not never.
ALTER TABLE api_tokens ADD COLUMN expires_at TEXT;
UPDATE api_tokens SET expires_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+90 days') WHERE expires_at IS NULL;

-- An account made by someone else starts with a password that person knows: until its owner sets their own,
-- it may log in and change its password, nothing else (four-eyes: beheer cannot act through an account it made).
ALTER TABLE users ADD COLUMN created_by INTEGER REFERENCES users(id);
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
ALTER TABLE users ADD COLUMN password_changed_at TEXT;
-- Role separation: a helpdesk role given by beheer counts only after a confirmed helpdesk member confirms it, so
-- whoever manages accounts cannot make themselves a publisher.
ALTER TABLE users ADD COLUMN role_confirmed_by INTEGER REFERENCES users(id);
ALTER TABLE users ADD COLUMN role_pending INTEGER NOT NULL DEFAULT 0 CHECK (role_pending IN (0, 1));
-- TOTP (RFC 6238), optional for helpdesk and beheer: the secret, and whether enrolment was confirmed with a code.
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_enabled INTEGER NOT NULL DEFAULT 0 CHECK (totp_enabled IN (0, 1));
