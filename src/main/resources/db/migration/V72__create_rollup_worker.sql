-- When each worker's rollup rows were last computed, and when the same records would give other figures without a
-- new write (a week whose pay was not yet due falls due): the refresher marks the worker again then.
CREATE TABLE rollup_worker (
    worker_id    CHAR(36)    NOT NULL,
    refresh_seq  BIGINT      NOT NULL,
    refreshed_at DATETIME(6) NOT NULL,
    recheck_at   DATETIME(6) NULL,
    PRIMARY KEY (worker_id),
    CONSTRAINT fk_rollup_worker_worker FOREIGN KEY (worker_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_rollup_worker_recheck ON rollup_worker (recheck_at);
