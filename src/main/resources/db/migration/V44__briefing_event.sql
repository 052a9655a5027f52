-- What a briefing covers (issue #17, item 5): an event the editor names, for schema.org's LiveBlogPosting.about (an
-- Event with its name, start date and place: a name-authority place's id, shown in the briefing's language). All NULL:
-- the briefing names none. Audited like the other settings.
ALTER TABLE live_briefing ADD COLUMN event_name VARCHAR(300);
ALTER TABLE live_briefing ADD COLUMN event_start DATE;
ALTER TABLE live_briefing ADD COLUMN event_place BIGINT;
ALTER TABLE live_briefing_aud ADD COLUMN event_name VARCHAR(300);
ALTER TABLE live_briefing_aud ADD COLUMN event_start DATE;
ALTER TABLE live_briefing_aud ADD COLUMN event_place BIGINT;
