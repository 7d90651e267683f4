-- EU Login: the identity store shared by both instances. Times are Unix seconds (UTC).

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL,
    -- Lower-cased: an e-mail address is unique whatever its case.
    email_normalized TEXT NOT NULL,
    email_language TEXT NOT NULL,
    ui_language TEXT NOT NULL,
    -- NULL until the person sets a password from the e-mailed link.
    password_hash TEXT,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX accounts_username_unique ON accounts (username);
CREATE UNIQUE INDEX accounts_email_unique ON accounts (email_normalized);

-- Captcha challenges; the answer is stored hashed and works once.
CREATE TABLE captchas (
    id TEXT PRIMARY KEY NOT NULL,
    answer_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
) STRICT;
CREATE INDEX captchas_expiry ON captchas (expires_at);

-- Links sent by e-mail (set password, confirm a new e-mail). Only the hash of the token is
-- stored. Only the newest link of an account and purpose works: older ones are superseded.
CREATE TABLE email_tokens (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('set_password', 'confirm_email')),
    token_hash TEXT NOT NULL,
    new_email TEXT,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    superseded_at INTEGER
) STRICT;
CREATE UNIQUE INDEX email_tokens_hash_unique ON email_tokens (token_hash);
CREATE INDEX email_tokens_account ON email_tokens (account_id, purpose);

-- Server-side sessions; the cookie carries a random id, the table its hash.
CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY NOT NULL,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
) STRICT;
CREATE INDEX sessions_account ON sessions (account_id);

-- Outgoing mail, written in the same transaction as the change that causes it and delivered
-- by a background worker (SMTP, or the built-in mailbox when no SMTP is configured).
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT,
    -- 'smtp' or 'mailbox' once delivered.
    delivered_via TEXT,
    delivered_at INTEGER
) STRICT;
CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE delivered_at IS NULL;
CREATE INDEX outbox_mailbox ON outbox (delivered_via, id);
