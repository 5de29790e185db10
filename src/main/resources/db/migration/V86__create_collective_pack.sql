-- A collective evidence pack's description; its signed PDF is the signed_document (V85) with the same id. It holds
-- aggregate figures only: nothing here names or points at any worker.
CREATE TABLE collective_pack (
    id              CHAR(36)     NOT NULL,
    organization_id CHAR(36)     NOT NULL,
    vendor          VARCHAR(300) NOT NULL,
    vendor_name     VARCHAR(300) NOT NULL,
    window_first    CHAR(7)      NOT NULL,
    window_last     CHAR(7)      NOT NULL,
    language        VARCHAR(2)   NOT NULL,
    k               INT          NOT NULL,
    guideline_ids   VARCHAR(1000) NOT NULL,
    met             INT          NOT NULL,
    breached        INT          NOT NULL,
    not_enough_data INT          NOT NULL,
    created_by      CHAR(36)     NULL,
    created_at      DATETIME(6)  NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    page_count      INT          NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_collective_pack_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_collective_pack_creator FOREIGN KEY (created_by) REFERENCES account (id) ON DELETE SET NULL
);

CREATE INDEX ix_collective_pack_organization ON collective_pack (organization_id, created_at);
