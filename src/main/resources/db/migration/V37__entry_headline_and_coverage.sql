-- An optional headline per entry (issue #17, item 3): plain text on one line, shown above the body, as the title of the
-- entry's permalink page (/briefings/{slug}/entries/{id}) and in the key-events list. Audited like the body.
ALTER TABLE briefing_entry ADD COLUMN headline VARCHAR(160);
ALTER TABLE briefing_entry_aud ADD COLUMN headline VARCHAR(160);

-- When a briefing was closed (issue #17, item 5): schema.org's coverageEndTime, which later corrections inside the
-- closed briefing (they move updated_at) must not move. Briefings closed before this migration take their last change.
ALTER TABLE live_briefing ADD COLUMN closed_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE live_briefing_aud ADD COLUMN closed_at TIMESTAMP(6) WITH TIME ZONE;
UPDATE live_briefing SET closed_at = updated_at WHERE status IN ('CLOSED', 'ARCHIVED');
