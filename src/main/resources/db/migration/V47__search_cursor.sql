-- Issue #19 item 4: with search on OpenSearch, index writes follow the change log (search.ChangeLogIndexer) instead
-- of each node's commits: a node killed between its commit and its index write, or an OpenSearch away for an hour,
-- loses no index write, since the cursor moves only after OpenSearch has acknowledged the documents. One row, locked
-- (SELECT ... FOR UPDATE) by the node indexing, so nodes take turns and an entry's writes land in the order of its
-- changes. It starts at the newest change; a node that finds the shared index needing a rebuild moves it to the
-- newest change again before the rebuild (which loads everything before it).
CREATE TABLE search_cursor (
    id  INT PRIMARY KEY,
    seq BIGINT NOT NULL,
    CONSTRAINT search_cursor_one_row CHECK (id = 1)
);
INSERT INTO search_cursor (id, seq) SELECT 1, COALESCE(MAX(seq), 0) FROM change_log;
