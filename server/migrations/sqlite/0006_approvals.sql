-- The approval side: the Commission, the Administrator flag of a post, the queue's indexes,
-- notifications, and the append-only audit log. Times are Unix seconds (UTC).

-- The Commission is a kind of user of its own, per instance; it decides every request.
CREATE TABLE commission_members (
    instance TEXT NOT NULL REFERENCES instances (slug),
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (instance, account_id)
) STRICT, WITHOUT ROWID;

-- A valid post may carry the Administrator flag: its holder decides the organisation's requests.
ALTER TABLE role_requests ADD COLUMN admin INTEGER NOT NULL DEFAULT 0 CHECK (admin IN (0, 1));

-- The queue, oldest or newest first, with keyset paging on (created_at, id): one index for
-- everything in scope (the Commission) and one per post country (a national authority).
CREATE INDEX role_requests_queue ON role_requests (instance, status, created_at, id);
CREATE INDEX role_requests_queue_country
    ON role_requests (instance, status, country, created_at, id);
CREATE INDEX role_requests_queue_organisation
    ON role_requests (organisation_id, status, created_at, id);
-- The posts a person holds, to work out their scope.
CREATE INDEX role_requests_valid_posts ON role_requests (account_id, instance, status);

-- What a person is told in the app; the e-mail copy goes through the outbox.
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    instance TEXT NOT NULL REFERENCES instances (slug),
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    event TEXT NOT NULL CHECK (event IN ('new_request', 'decided')),
    request_id INTEGER NOT NULL REFERENCES role_requests (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    read_at INTEGER
) STRICT;
CREATE INDEX notifications_person ON notifications (account_id, instance, id);
CREATE INDEX notifications_unread ON notifications (account_id, instance)
    WHERE read_at IS NULL;

-- Every decision, Administrator-flag change and operator validation: who, what, when, from
-- which state to which. Rows are only ever added.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    instance TEXT NOT NULL REFERENCES instances (slug),
    at INTEGER NOT NULL,
    -- NULL: the server's command line.
    actor_account_id INTEGER REFERENCES accounts (id),
    action TEXT NOT NULL CHECK (action IN (
        'request_created', 'request_cancelled', 'request_accepted', 'request_rejected',
        'admin_granted', 'admin_removed', 'operator_validated', 'operator_rejected',
        'commission_granted')),
    request_id INTEGER REFERENCES role_requests (id),
    organisation_id INTEGER REFERENCES organisations (id),
    subject_account_id INTEGER REFERENCES accounts (id),
    from_state TEXT,
    to_state TEXT,
    detail TEXT
) STRICT;
CREATE INDEX audit_log_request ON audit_log (request_id, id);
CREATE INDEX audit_log_organisation ON audit_log (organisation_id, id);
CREATE INDEX audit_log_instance ON audit_log (instance, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
