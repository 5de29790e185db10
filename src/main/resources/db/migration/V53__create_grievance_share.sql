-- A grievance shared with one organization; unshared_at ends the organization's access. The notes organizers add
-- live here, outside the worker's chain.
CREATE TABLE grievance_share (
    id              CHAR(36)    NOT NULL,
    grievance_id    CHAR(36)    NOT NULL,
    worker_id       CHAR(36)    NOT NULL,
    organization_id CHAR(36)    NOT NULL,
    shared_at       DATETIME(6) NOT NULL,
    escalated_at    DATETIME(6) NULL,
    unshared_at     DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_grievance_share_worker FOREIGN KEY (worker_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_grievance_share_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);
CREATE INDEX ix_grievance_share_grievance ON grievance_share (grievance_id, unshared_at);
CREATE INDEX ix_grievance_share_organization ON grievance_share (organization_id, unshared_at, shared_at);
CREATE INDEX ix_grievance_share_worker ON grievance_share (worker_id, organization_id);

CREATE TABLE case_note (
    id         CHAR(36)      NOT NULL,
    share_id   CHAR(36)      NOT NULL,
    author_id  CHAR(36)      NULL,
    body       VARCHAR(4000) NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_case_note_share FOREIGN KEY (share_id) REFERENCES grievance_share (id) ON DELETE CASCADE,
    CONSTRAINT fk_case_note_author FOREIGN KEY (author_id) REFERENCES account (id) ON DELETE SET NULL
);
CREATE INDEX ix_case_note_share ON case_note (share_id, created_at);
