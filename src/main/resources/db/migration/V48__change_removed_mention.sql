-- The entities a change took out of an entry's mentions (a correction that no longer names them): names.Mentions
-- writes them in the change's own transaction, so the readers of the change log that follow it after commit (CDN
-- purges, WebSub pings of the name feeds) reach those names' feeds too. Read after commit, the entry's mentions no
-- longer name them: before this table, a name feed kept the corrected entry in a CDN's cache for its whole s-maxage.
CREATE TABLE change_removed_mention (
    seq       BIGINT NOT NULL,
    entity_id BIGINT NOT NULL,
    PRIMARY KEY (seq, entity_id)
);
