-- An editor-set prominence per entity (issue #16 item 5): when a name two entities share ties (a surname alone:
-- Klitschko), and neither the text nor the briefing names one of them, the more prominent one is meant. 0 (the
-- default) says nothing; names.NameIndex settles a tie by prominence only when one tied entity has more than every
-- other.
ALTER TABLE name_entity ADD COLUMN prominence INTEGER DEFAULT 0 NOT NULL;
