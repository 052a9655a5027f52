-- Sealed RFC 5005 archive pages (feeds.FeedArchives) for feeds whose membership can change after the fact:
-- key events (a flag is set or cleared) and languages (a briefing goes public or is archived). Once a page
-- is full its entries are written down, and the page is made from that list for good, so no entry ever
-- moves from one archive page to another.

-- feed: the feed without format, e.g. 'briefings/42/key-events', 'languages/uk', 'languages/uk/key-events'.
-- last_published_at / last_entry_id: the newest entry in the page, where the next page of a language starts.
CREATE TABLE feed_archive_page (
    feed               VARCHAR(300)  NOT NULL,
    page               INT           NOT NULL,
    last_published_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_entry_id      BIGINT        NOT NULL,
    sealed_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (feed, page)
);

CREATE TABLE feed_archive_entry (
    feed      VARCHAR(300) NOT NULL,
    page      INT          NOT NULL,
    entry_id  BIGINT       NOT NULL REFERENCES briefing_entry (id),
    PRIMARY KEY (feed, page, entry_id),
    FOREIGN KEY (feed, page) REFERENCES feed_archive_page (feed, page)
);
CREATE INDEX feed_archive_entry_feed ON feed_archive_entry (feed, entry_id);
