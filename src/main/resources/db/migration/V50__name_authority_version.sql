-- One row whose version grows with every committed change of the name authority (names.NameDirectory's stamp).
-- Before it, the directory asked `count(*), max(updated_at)` of name_entity on every tagging: a scan of the whole
-- table, 12-15 ms on PostgreSQL with 100,000 entities (a GeoNames import), paid by every publication. Each
-- transaction that changes the authority adds 1 here (names.Names, in the transaction): the row's lock orders
-- those commits, so a reader that sees version V has every change up to V, late commits included.
CREATE TABLE name_authority (
    id      INTEGER PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO name_authority (id, version) VALUES (1, 0);
