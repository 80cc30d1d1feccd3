-- The installations of an app serving many workspaces (Slack's OAuth install, issue 20): one row per
-- installation, its record (the platform's installation as JSON, with its bot token) sealed with a
-- key of its own that lives in the key folder, as a member's does; removing the row erases its key.
CREATE TABLE rebound_installations (
    id     text PRIMARY KEY,
    key_id text NOT NULL,
    sealed bytea NOT NULL
);
