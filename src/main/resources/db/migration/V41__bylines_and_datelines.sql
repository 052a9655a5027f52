-- Bylines (issue #17, item 4). An entry may be signed by several contributors (byline profiles, in order); without
-- any, it is signed by its author's profile (or the newsroom), as before. Not audited: the entry's own columns are.
CREATE TABLE entry_contributor (
    entry_id        BIGINT  NOT NULL REFERENCES briefing_entry (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    contributor_id  BIGINT  NOT NULL REFERENCES contributor (id),
    PRIMARY KEY (entry_id, position)
);
CREATE INDEX entry_contributor_contributor ON entry_contributor (contributor_id);

-- A dateline: the place the entry was reported from, a name-authority entity (names.Datelines gives its name in the
-- briefing's language and house style: "KYIV —"). No foreign key: the authority's entities live in the names tables,
-- and a dateline whose entity is deleted is simply not shown.
ALTER TABLE briefing_entry ADD COLUMN dateline_entity_id BIGINT;
ALTER TABLE briefing_entry_aud ADD COLUMN dateline_entity_id BIGINT;

-- A contributor's picture: one of this site's own renditions (/livebrief/media/<hash>-<width>.<ext>), never a
-- third party's address.
ALTER TABLE contributor ADD COLUMN avatar VARCHAR(120);
