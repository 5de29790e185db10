-- Every revision of every record is a row; a correction or a deletion adds one and only flips
-- current_revision on the one it supersedes. record_id is the id the worker's phone chose.
CREATE TABLE engagement (
    revision_id            CHAR(36)     NOT NULL,
    record_id              CHAR(36)     NOT NULL,
    revision               INT          NOT NULL,
    worker_id              CHAR(36)     NOT NULL,
    current_revision       BOOLEAN      NOT NULL,
    deleted                BOOLEAN      NOT NULL,
    recorded_at            DATETIME(6)  NOT NULL,
    recorded_late          BOOLEAN      NOT NULL,
    vendor_name            VARCHAR(120) NOT NULL,
    vendor_id              CHAR(36)     NULL,
    client_name            VARCHAR(120) NULL,
    project_code_name      VARCHAR(120) NULL,
    task_kind              VARCHAR(24)  NOT NULL,
    pay_basis              VARCHAR(12)  NOT NULL,
    agreed_rate_minor      BIGINT       NOT NULL,
    currency               CHAR(3)      NOT NULL,
    classification         VARCHAR(12)  NOT NULL,
    written_contract       BOOLEAN      NOT NULL,
    health_benefits        BOOLEAN      NOT NULL,
    paid_leave             BOOLEAN      NOT NULL,
    payment_timeframe_days INT          NULL,
    start_date             DATE         NOT NULL,
    end_date               DATE         NULL,
    jurisdiction           VARCHAR(6)   NOT NULL,
    PRIMARY KEY (revision_id),
    CONSTRAINT uq_engagement_revision UNIQUE (record_id, revision),
    CONSTRAINT fk_engagement_worker FOREIGN KEY (worker_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_engagement_current ON engagement (record_id, current_revision);
CREATE INDEX ix_engagement_worker ON engagement (worker_id, current_revision, deleted);

CREATE TABLE work_session (
    revision_id                    CHAR(36)      NOT NULL,
    record_id                      CHAR(36)      NOT NULL,
    revision                       INT           NOT NULL,
    worker_id                      CHAR(36)      NOT NULL,
    current_revision               BOOLEAN       NOT NULL,
    deleted                        BOOLEAN       NOT NULL,
    recorded_at                    DATETIME(6)   NOT NULL,
    recorded_late                  BOOLEAN       NOT NULL,
    engagement_id                  CHAR(36)      NOT NULL,
    started_at                     DATETIME(6)   NOT NULL,
    ended_at                       DATETIME(6)   NULL,
    time_zone                      VARCHAR(64)   NOT NULL,
    paid_minutes                   INT           NOT NULL,
    unpaid_onboarding_minutes      INT           NOT NULL,
    unpaid_instructions_minutes    INT           NOT NULL,
    unpaid_waiting_minutes         INT           NOT NULL,
    unpaid_paused_research_minutes INT           NOT NULL,
    unpaid_rework_minutes          INT           NOT NULL,
    unpaid_rejected_minutes        INT           NOT NULL,
    unpaid_admin_minutes           INT           NOT NULL,
    tasks_done                     INT           NOT NULL,
    tasks_rejected                 INT           NOT NULL,
    task_estimate_minutes          INT           NULL,
    exposure                       VARCHAR(12)   NOT NULL,
    support_offered                BOOLEAN       NOT NULL,
    note                           VARCHAR(2000) NULL,
    PRIMARY KEY (revision_id),
    CONSTRAINT uq_work_session_revision UNIQUE (record_id, revision),
    CONSTRAINT fk_work_session_worker FOREIGN KEY (worker_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_work_session_current ON work_session (record_id, current_revision);
CREATE INDEX ix_work_session_worker ON work_session (worker_id, current_revision, deleted, started_at);

CREATE TABLE payment (
    revision_id         CHAR(36)    NOT NULL,
    record_id           CHAR(36)    NOT NULL,
    revision            INT         NOT NULL,
    worker_id           CHAR(36)    NOT NULL,
    current_revision    BOOLEAN     NOT NULL,
    deleted             BOOLEAN     NOT NULL,
    recorded_at         DATETIME(6) NOT NULL,
    recorded_late       BOOLEAN     NOT NULL,
    engagement_id       CHAR(36)    NOT NULL,
    paid_on             DATE        NOT NULL,
    period_start        DATE        NOT NULL,
    period_end          DATE        NOT NULL,
    gross_minor         BIGINT      NOT NULL,
    platform_fees_minor BIGINT      NOT NULL,
    transfer_fees_minor BIGINT      NOT NULL,
    net_minor           BIGINT      NOT NULL,
    currency            CHAR(3)     NOT NULL,
    method              VARCHAR(16) NOT NULL,
    PRIMARY KEY (revision_id),
    CONSTRAINT uq_payment_revision UNIQUE (record_id, revision),
    CONSTRAINT fk_payment_worker FOREIGN KEY (worker_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_payment_current ON payment (record_id, current_revision);
CREATE INDEX ix_payment_worker ON payment (worker_id, current_revision, deleted, paid_on);
