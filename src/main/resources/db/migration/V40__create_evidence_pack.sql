CREATE TABLE evidence_pack (
    id          CHAR(36)    NOT NULL,
    worker_id   CHAR(36)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    language    VARCHAR(2)  NOT NULL,
    period_from DATE        NOT NULL,
    period_to   DATE        NOT NULL,
    sha256      CHAR(64)    NOT NULL,
    chain_head  CHAR(64)    NOT NULL,
    page_count  INT         NOT NULL,
    size_bytes  BIGINT      NOT NULL,
    pdf         LONGBLOB    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_evidence_pack_sha256 UNIQUE (sha256),
    CONSTRAINT fk_evidence_pack_worker FOREIGN KEY (worker_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX ix_evidence_pack_worker ON evidence_pack (worker_id, created_at);
