-- A member's state moves from one sealed value in their row (rewritten whole on every turn: at 500
-- rejections 788 KB of WAL per turn, issue 22) to parts, cut as the MapDB store cuts it
-- (rebound.store.MemberParts): 'head', 'seen', and 'r:<rejection id>', each sealed with the
-- member's key bound to the member and the part's name. A turn writes only the parts it changed.
-- The member's row keeps the lock, key_id, next_due and claimed_until; deleting it (forget)
-- deletes the parts. Version 3.2 (StatesIntoParts) moves the states there and drops
-- rebound_members.state.
CREATE TABLE rebound_member_parts (
    member text NOT NULL REFERENCES rebound_members (member) ON DELETE CASCADE,
    part   text NOT NULL,
    sealed bytea NOT NULL,
    PRIMARY KEY (member, part)
);
