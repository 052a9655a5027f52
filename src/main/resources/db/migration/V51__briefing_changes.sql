-- How many change-log rows the briefing has: raised in the transaction that writes each of them (briefing.LiveBriefing
-- touch). The sum over briefings versions the caches that span briefings (language feeds, per-name feeds:
-- briefing.ChangeLog.version()); before it they counted the change log itself, 45-49 ms per call on PostgreSQL at
-- a million changes. Existing rows start from their change-log count.
ALTER TABLE live_briefing ADD COLUMN changes BIGINT DEFAULT 0 NOT NULL;
UPDATE live_briefing SET changes = (SELECT COUNT(*) FROM change_log c WHERE c.briefing_id = live_briefing.id);
