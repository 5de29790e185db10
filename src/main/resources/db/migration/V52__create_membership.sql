-- A worker's membership holds the two consents as they stand; consent_event keeps every grant and withdrawal.
CREATE TABLE membership (
    organization_id   CHAR(36)    NOT NULL,
    worker_id         CHAR(36)    NOT NULL,
    joined_at         DATETIME(6) NOT NULL,
    aggregate_consent BOOLEAN     NOT NULL,
    casework_consent  BOOLEAN     NOT NULL,
    PRIMARY KEY (organization_id, worker_id),
    CONSTRAINT fk_membership_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_membership_worker FOREIGN KEY (worker_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_membership_worker ON membership (worker_id);
CREATE INDEX ix_membership_aggregate ON membership (organization_id, aggregate_consent);

CREATE TABLE consent_event (
    id              CHAR(36)    NOT NULL,
    organization_id CHAR(36)    NOT NULL,
    worker_id       CHAR(36)    NOT NULL,
    change_kind     VARCHAR(32) NOT NULL,
    occurred_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_consent_event_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_consent_event_worker FOREIGN KEY (worker_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_consent_event_worker ON consent_event (worker_id, occurred_at);
