-- The stored bytes are the inspected ones (metadata removed); sha256 is their digest, which enters the chain.
-- An attachment is never changed once stored, so it has no revisions.
CREATE TABLE grievance_attachment (
    id           CHAR(36)     NOT NULL,
    grievance_id CHAR(36)     NOT NULL,
    worker_id    CHAR(36)     NOT NULL,
    recorded_at  DATETIME(6)  NOT NULL,
    file_name    VARCHAR(200) NULL,
    content_type VARCHAR(32)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_grievance_attachment_worker FOREIGN KEY (worker_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_grievance_attachment_grievance ON grievance_attachment (grievance_id, recorded_at);
CREATE INDEX ix_grievance_attachment_worker ON grievance_attachment (worker_id);
