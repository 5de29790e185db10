-- A letter generated for a grievance: what was asked, by when, and when the worker says they sent it.
-- The sender's name printed on it is not stored.
CREATE TABLE grievance_letter (
    id                 CHAR(36)    NOT NULL,
    grievance_id       CHAR(36)    NOT NULL,
    worker_id          CHAR(36)    NOT NULL,
    kind               VARCHAR(40) NOT NULL,
    language           VARCHAR(2)  NOT NULL,
    issued_on          DATE        NOT NULL,
    response_days      INT         NOT NULL,
    amount_owed_minor  BIGINT      NULL,
    currency           CHAR(3)     NULL,
    created_at         DATETIME(6) NOT NULL,
    sent_at            DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_grievance_letter_worker FOREIGN KEY (worker_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_grievance_letter_grievance ON grievance_letter (grievance_id, created_at);
