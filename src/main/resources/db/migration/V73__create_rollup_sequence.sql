-- One row: the number of the latest rollup refresh. Every refresh takes its row lock, so refreshes of one worker
-- never interleave, and its value is what Rollups.version() reports for caches.
CREATE TABLE rollup_sequence (
    id  INT    NOT NULL,
    seq BIGINT NOT NULL,
    PRIMARY KEY (id)
);
INSERT INTO rollup_sequence (id, seq) VALUES (1, 0);
