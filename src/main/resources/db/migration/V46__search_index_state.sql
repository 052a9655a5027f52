-- Issue #19 item 4: with search on OpenSearch (search.SearchBackend) every node shares one index, so which analysis
-- wrote it is recorded here, next to the data it was built from, not in a node's own folder as for a local Lucene
-- index (search.IndexBootstrap). One row; the empty version means "not recorded": the first node that starts with
-- OpenSearch claims it and rebuilds the index if there is anything to index.
CREATE TABLE search_index_state (
    id               INT PRIMARY KEY,
    analysis_version VARCHAR(200) NOT NULL,
    CONSTRAINT search_index_state_one_row CHECK (id = 1)
);
INSERT INTO search_index_state (id, analysis_version) VALUES (1, '');
