-- The training instance as a trainer's tool: demo people, the personas a trainer logs in as,
-- the trainer role, and a log of resets.

-- Accounts of the demo world (personas and the people behind its requests). Their e-mail
-- addresses are under the reserved `.example` domain, so nobody can own them for real; the
-- production instance treats them as not logged in.
ALTER TABLE accounts ADD COLUMN demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1));

CREATE TABLE training_personas (
    key TEXT PRIMARY KEY NOT NULL,
    account_id INTEGER NOT NULL UNIQUE REFERENCES accounts (id) ON DELETE CASCADE,
    position INTEGER NOT NULL
) STRICT;

-- Who may reset the training instance: the Commission persona and people named by
-- `server admin grant-trainer`.
CREATE TABLE trainers (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE training_resets (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    -- NULL: the first start of the server.
    by_account_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    organisations INTEGER NOT NULL,
    requests INTEGER NOT NULL
) STRICT;

-- The audit log stays append-only, except that a reset of the training instance replaces the
-- whole training world, its history included.
DROP TRIGGER audit_log_no_delete;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN OLD.instance <> 'training'
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
