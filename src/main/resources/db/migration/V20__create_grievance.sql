-- Grievances are chained records like the ledger's: every revision is a row, a correction or a deletion adds
-- one and only flips current_revision on the one it supersedes. record_id is the id the worker's phone chose.
CREATE TABLE grievance (
    revision_id           CHAR(36)      NOT NULL,
    record_id             CHAR(36)      NOT NULL,
    revision              INT           NOT NULL,
    worker_id             CHAR(36)      NOT NULL,
    current_revision      BOOLEAN       NOT NULL,
    deleted               BOOLEAN       NOT NULL,
    recorded_at           DATETIME(6)   NOT NULL,
    recorded_late         BOOLEAN       NOT NULL,
    category              VARCHAR(40)   NOT NULL,
    narrative             VARCHAR(8000) NOT NULL,
    happened_on           DATE          NOT NULL,
    engagement_id         CHAR(36)      NOT NULL,
    amount_at_stake_minor BIGINT        NULL,
    currency              CHAR(3)       NULL,
    status                VARCHAR(12)   NOT NULL,
    PRIMARY KEY (revision_id),
    CONSTRAINT uq_grievance_revision UNIQUE (record_id, revision),
    CONSTRAINT fk_grievance_worker FOREIGN KEY (worker_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_grievance_current ON grievance (record_id, current_revision);
CREATE INDEX ix_grievance_worker ON grievance (worker_id, current_revision, deleted, happened_on);
