-- Each worker's hash chain over every revision of every record they keep (engagements, sessions, payments,
-- grievances, attachments). Rows are only ever inserted; the head is the newest link and its row lock
-- serializes one worker's writes.
CREATE TABLE ledger_head (
    worker_id CHAR(36) NOT NULL,
    seq       BIGINT   NOT NULL,
    hash      CHAR(64) NOT NULL,
    PRIMARY KEY (worker_id),
    CONSTRAINT fk_ledger_head_worker FOREIGN KEY (worker_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE TABLE ledger_entry (
    id            CHAR(36)    NOT NULL,
    worker_id     CHAR(36)    NOT NULL,
    seq           BIGINT      NOT NULL,
    kind          VARCHAR(32) NOT NULL,
    record_id     CHAR(36)    NOT NULL,
    revision      INT         NOT NULL,
    operation     VARCHAR(8)  NOT NULL,
    recorded_at   DATETIME(6) NOT NULL,
    previous_hash CHAR(64)    NOT NULL,
    hash          CHAR(64)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_ledger_entry_seq UNIQUE (worker_id, seq),
    CONSTRAINT uq_ledger_entry_revision UNIQUE (kind, record_id, revision),
    CONSTRAINT fk_ledger_entry_worker FOREIGN KEY (worker_id) REFERENCES account (id) ON DELETE CASCADE
);
