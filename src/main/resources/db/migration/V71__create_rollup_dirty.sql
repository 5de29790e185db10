-- The outbox of workers whose rollup rows are behind their records (ADR 0050). Each write transaction adds one to
-- version; the refresher sets refreshed_version to the version it read before recomputing, only if no write came
-- since. A worker is behind while version > refreshed_version. The row stays, so a version is never reused.
CREATE TABLE rollup_dirty (
    worker_id         CHAR(36) NOT NULL,
    version           BIGINT   NOT NULL,
    refreshed_version BIGINT   NOT NULL,
    PRIMARY KEY (worker_id),
    CONSTRAINT fk_rollup_dirty_worker FOREIGN KEY (worker_id) REFERENCES account (id) ON DELETE CASCADE
);
