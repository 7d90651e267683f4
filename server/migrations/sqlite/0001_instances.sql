-- The two TRACES NT instances. Every per-instance table references this one, so that nothing
-- requested on one instance can appear on the other.
CREATE TABLE instances (
    slug TEXT PRIMARY KEY NOT NULL CHECK (slug IN ('production', 'training')),
    title TEXT NOT NULL
) STRICT;

INSERT INTO instances (slug, title) VALUES
    ('production', 'TRACES NT'),
    ('training', 'TRACES NT Training');
