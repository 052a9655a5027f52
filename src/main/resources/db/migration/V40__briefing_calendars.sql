-- The calendars a briefing's dates are shown in (issue #18, item 2): ICU calendar names separated by spaces, the main one
-- first ("persian gregorian"); NULL is the language's default from CLDR (Solar Hijri beside Gregorian for Persian,
-- Dari and Pashto; Gregorian alone for most languages). Audited like the other settings.
ALTER TABLE live_briefing ADD COLUMN calendars VARCHAR(100);
ALTER TABLE live_briefing_aud ADD COLUMN calendars VARCHAR(100);
