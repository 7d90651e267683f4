-- TRACES NT step 2: organisations (operators, control bodies, authorities) per instance, the
-- people of an instance with their one role kind and preferences, and their authorisation
-- requests. Times are Unix seconds (UTC).

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    instance TEXT NOT NULL REFERENCES instances (slug),
    kind TEXT NOT NULL CHECK (kind IN ('operator', 'control_body', 'authority')),
    name TEXT NOT NULL,
    -- `app::domain::fold_name(name)`: case- and accent-insensitive search and duplicates.
    name_folded TEXT NOT NULL,
    country TEXT NOT NULL REFERENCES countries (code),
    status TEXT NOT NULL CHECK (status IN ('new', 'valid', 'rejected', 'inactive')),
    -- Operators.
    section TEXT REFERENCES sections (code),
    activity TEXT REFERENCES activity_types (code),
    address TEXT,
    city TEXT,
    postcode TEXT,
    phone TEXT,
    fax TEXT,
    email TEXT,
    website TEXT,
    eori TEXT,
    -- Authorities.
    authority_role TEXT REFERENCES authority_roles (code),
    -- Control bodies: `AB-CDE-999`.
    code TEXT,
    created_by INTEGER REFERENCES accounts (id),
    created_at INTEGER NOT NULL,
    CHECK ((kind = 'operator') = (section IS NOT NULL AND activity IS NOT NULL)),
    CHECK ((kind = 'authority') = (authority_role IS NOT NULL)),
    CHECK ((kind = 'control_body') = (code IS NOT NULL))
) STRICT;
-- Keyset search: by country, then without a country.
CREATE INDEX organisations_search ON organisations (instance, kind, country, name_folded, id);
CREATE INDEX organisations_by_name ON organisations (instance, kind, name_folded, id);
CREATE UNIQUE INDEX organisations_eori_unique ON organisations (instance, eori)
    WHERE eori IS NOT NULL;
CREATE UNIQUE INDEX organisations_code_unique ON organisations (instance, code)
    WHERE code IS NOT NULL;

-- The countries a control body certifies in.
CREATE TABLE control_body_countries (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    country TEXT NOT NULL REFERENCES countries (code),
    PRIMARY KEY (organisation_id, country)
) STRICT, WITHOUT ROWID;
CREATE INDEX control_body_countries_country ON control_body_countries (country, organisation_id);

-- A person on an instance: the one kind of role (fixed by the first request; NULL before it)
-- and the profile preferences.
CREATE TABLE traces_users (
    instance TEXT NOT NULL REFERENCES instances (slug),
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role_kind TEXT CHECK (role_kind IN ('OPERATOR', 'CONTROL_BODY', 'AUTHORITY')),
    time_zone TEXT NOT NULL DEFAULT 'Europe/Brussels',
    notify_in_app INTEGER NOT NULL DEFAULT 1 CHECK (notify_in_app IN (0, 1)),
    notify_email INTEGER NOT NULL DEFAULT 1 CHECK (notify_email IN (0, 1)),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (instance, account_id)
) STRICT;

-- One click on "send authorisation request" or "create a new operator": the browser's key
-- makes a retried submission return what the first one recorded.
CREATE TABLE role_request_submissions (
    id INTEGER PRIMARY KEY,
    instance TEXT NOT NULL REFERENCES instances (slug),
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    idempotency_key TEXT NOT NULL,
    created_at INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX role_request_submissions_key
    ON role_request_submissions (account_id, idempotency_key);

-- A person's request for a post: an organisation, and the country it covers (the
-- organisation's country, or for a control body the certified country ticked).
CREATE TABLE role_requests (
    id INTEGER PRIMARY KEY,
    instance TEXT NOT NULL REFERENCES instances (slug),
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    country TEXT NOT NULL REFERENCES countries (code),
    role_kind TEXT NOT NULL CHECK (role_kind IN ('OPERATOR', 'CONTROL_BODY', 'AUTHORITY')),
    additional_info TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL,
    contact_phone TEXT,
    status TEXT NOT NULL CHECK (status IN ('pending', 'valid', 'rejected', 'cancelled', 'revoked')),
    reason TEXT,
    created_at INTEGER NOT NULL,
    decided_at INTEGER,
    decided_by INTEGER REFERENCES accounts (id),
    submission_id INTEGER NOT NULL REFERENCES role_request_submissions (id)
) STRICT;
-- A person cannot hold two pending-or-valid requests for the same post.
CREATE UNIQUE INDEX role_requests_open_post
    ON role_requests (instance, account_id, organisation_id, country)
    WHERE status IN ('pending', 'valid');
CREATE INDEX role_requests_person ON role_requests (instance, account_id, status);
CREATE INDEX role_requests_submission ON role_requests (submission_id);
CREATE INDEX role_requests_organisation ON role_requests (organisation_id, status);
