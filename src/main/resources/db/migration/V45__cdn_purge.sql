-- Issue #19 item 3: where the CDN purger (hosting.CdnPurger) has got to in the change log. One row; it starts at the
-- newest change, so a server upgraded to this version purges nothing old.
CREATE TABLE cdn_cursor (
    id  INT PRIMARY KEY,
    seq BIGINT NOT NULL,
    CONSTRAINT cdn_cursor_one_row CHECK (id = 1)
);
INSERT INTO cdn_cursor (id, seq) SELECT 1, COALESCE(MAX(seq), 0) FROM change_log;
