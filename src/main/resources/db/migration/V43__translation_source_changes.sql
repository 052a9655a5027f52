-- Translation links between entries (issue #18, item 5). A row says: the source of this translation was corrected
-- or retracted after the translation was last in step with it. Written in the transaction of the source's change;
-- deleted when an editor updates the translation or confirms it unchanged. Staff-only state: the translation's own
-- row, version and public views are not touched, so its readers see nothing until its editor acts.
CREATE TABLE entry_source_change (
    entry_id        BIGINT        NOT NULL PRIMARY KEY REFERENCES briefing_entry (id) ON DELETE CASCADE,
    source_id       BIGINT        NOT NULL REFERENCES briefing_entry (id) ON DELETE CASCADE,
    synced_version  BIGINT        NOT NULL,
    synced_body     VARCHAR(200000) NOT NULL,
    changed_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    note            VARCHAR(2000)
);
CREATE INDEX entry_source_change_source ON entry_source_change (source_id);
CREATE INDEX briefing_entry_translation_of ON briefing_entry (translation_of);
