CREATE TABLE login_failure (
    id            CHAR(36)    NOT NULL,
    handle_digest CHAR(64)    NOT NULL,
    failed_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_login_failure_handle ON login_failure (handle_digest, failed_at);
