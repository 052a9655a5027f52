-- Issue #14, the desk: who rewrote an entry before publication (the four-eyes rule counts them as a second
-- writer) and the editor's note when an entry was sent back to its author (shown on the draft in the desk until it
-- is submitted again; the revision history keeps it for good). V5, not V3: leaves room for the reader side of #14.

ALTER TABLE briefing_entry ADD COLUMN rewritten_by VARCHAR(100);
ALTER TABLE briefing_entry ADD COLUMN returned_by VARCHAR(100);
ALTER TABLE briefing_entry ADD COLUMN return_note VARCHAR(2000);

ALTER TABLE briefing_entry_aud ADD COLUMN rewritten_by VARCHAR(100);
ALTER TABLE briefing_entry_aud ADD COLUMN returned_by VARCHAR(100);
ALTER TABLE briefing_entry_aud ADD COLUMN return_note VARCHAR(2000);

-- Retraction now unpins; entries retracted before that keep their flag until an editor unpins them (allowed now).
