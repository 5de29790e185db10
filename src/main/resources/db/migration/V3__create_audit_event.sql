-- The audit log outlives the accounts it mentions: no foreign keys, and never a record's contents.
CREATE TABLE audit_event (
    id           CHAR(36)    NOT NULL,
    occurred_at  DATETIME(6) NOT NULL,
    actor_id     CHAR(36)    NULL,
    actor_role   VARCHAR(16) NULL,
    action       VARCHAR(64) NOT NULL,
    subject_kind VARCHAR(32) NULL,
    subject_id   CHAR(36)    NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_audit_event_subject ON audit_event (subject_id);
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at);
