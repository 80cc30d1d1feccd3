-- Rebound's member state on PostgreSQL (see docs/postgres.md). One row per member: the state as
-- versioned JSON sealed with the member's own AES-256-GCM key (rebound_member_keys), the moment of
-- their earliest pending follow-up, and the claim an instance holds on delivering it.
CREATE TABLE rebound_members (
    member        text PRIMARY KEY,
    -- null only inside the transaction that creates the member's row (insert-if-absent, then lock)
    state         bytea,
    -- the earliest pending follow-up (FollowUp.nextAttempt), rounded up to the microsecond; null: none
    next_due      timestamptz,
    -- set by membersDueBy: another instance leaves the member alone until then; cleared by a write
    claimed_until timestamptz
);

CREATE INDEX rebound_members_due ON rebound_members (next_due) WHERE next_due IS NOT NULL;

CREATE TABLE rebound_member_keys (
    member text PRIMARY KEY,
    key    bytea NOT NULL
);
