-- Campaigns an organization runs against one canonical vendor, and the members' signatures. A signature holds a
-- printed name only when the worker chose to be named; withdrawing before delivery deletes the row. Delivery
-- freezes the count into the campaign and links the signed letter and the collective pack it carries.
CREATE TABLE campaign (
    id                  CHAR(36)      NOT NULL,
    organization_id     CHAR(36)      NOT NULL,
    vendor_id           CHAR(36)      NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    letter              MEDIUMTEXT    NOT NULL,
    goal                INT           NOT NULL,
    respond_by          DATE          NOT NULL,
    language            VARCHAR(2)    NOT NULL,
    state               VARCHAR(16)   NOT NULL,
    created_by          CHAR(36)      NULL,
    created_at          DATETIME(6)   NOT NULL,
    opened_at           DATETIME(6)   NULL,
    delivered_at        DATETIME(6)   NULL,
    closed_at           DATETIME(6)   NULL,
    delivered_count     INT           NULL,
    letter_document_id  CHAR(36)      NULL,
    letter_sha256       CHAR(64)      NULL,
    pack_id             CHAR(36)      NULL,
    pack_sha256         CHAR(64)      NULL,
    responded_on        DATE          NULL,
    response_summary    VARCHAR(4000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_campaign_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_campaign_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT fk_campaign_created_by FOREIGN KEY (created_by) REFERENCES account (id) ON DELETE SET NULL
);
CREATE INDEX ix_campaign_organization ON campaign (organization_id, created_at);

CREATE TABLE campaign_signature (
    id           CHAR(36)     NOT NULL,
    campaign_id  CHAR(36)     NOT NULL,
    worker_id    CHAR(36)     NOT NULL,
    printed_name VARCHAR(120) NULL,
    signed_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_campaign_signature_worker UNIQUE (campaign_id, worker_id),
    CONSTRAINT fk_campaign_signature_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_signature_worker FOREIGN KEY (worker_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_campaign_signature_worker ON campaign_signature (worker_id);
