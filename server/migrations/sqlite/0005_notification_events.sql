-- Which events a person is told of (the channels, in-app and e-mail, are in 0004): decisions on
-- their own requests, and, for people who decide, new requests in their scope.
ALTER TABLE traces_users ADD COLUMN notify_decisions INTEGER NOT NULL DEFAULT 1
    CHECK (notify_decisions IN (0, 1));
ALTER TABLE traces_users ADD COLUMN notify_new_requests INTEGER NOT NULL DEFAULT 1
    CHECK (notify_new_requests IN (0, 1));
