-- The outbox of workers whose rollup rows are behind their records: marked once per write transaction (version
-- counts the marks), cleared by the refresher only if no mark came while it recomputed (ADR 0050).
CREATE TABLE rollup_dirty (
    worker_id CHAR(36)    NOT NULL,
    version   BIGINT      NOT NULL,
    PRIMARY KEY (worker_id),
    CONSTRAINT fk_rollup_dirty_worker FOREIGN KEY (worker_id) REFERENCES account (id) ON DELETE CASCADE
);
