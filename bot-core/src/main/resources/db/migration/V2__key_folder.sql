-- The members' keys move out of the database into a key folder (REBOUND_KEY_DIR, see
-- docs/postgres.md): a key kept in a table lives on in WAL, replicas and backups, and forget could
-- not erase it. Each member's row names its key file by a random id; version 3 moves the keys of
-- rebound_member_keys into the folder and drops that table.
ALTER TABLE rebound_members ADD COLUMN key_id text;

-- The key folder this database's keys are in (its random id, from the folder's folder-id file):
-- an instance given another folder refuses to start instead of sealing members with keys the
-- other instances cannot read.
CREATE TABLE rebound_key_folder (
    only_row  boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    folder_id text NOT NULL
);

-- Keys of forgotten members still to erase from the folder: written in the transaction that
-- deletes the member's row, removed once the file is erased, so a crash in between leaves the
-- erasure to the next instance that starts.
CREATE TABLE rebound_keys_to_erase (
    key_id text PRIMARY KEY
);
