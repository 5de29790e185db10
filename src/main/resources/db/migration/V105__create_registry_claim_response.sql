-- A vendor's public answer to a contested claim of one of its certifications. An edit is a new version; no version
-- is ever updated or deleted, so the public sees the whole history of what the vendor said. The certification and
-- the criterion name the claim; the vendor's account may be erased later, its words stay the vendor's.
CREATE TABLE registry_claim_response (
    id                CHAR(36)      NOT NULL,
    vendor_id         CHAR(36)      NOT NULL,
    certification_id  CHAR(36)      NOT NULL,
    criterion_id      VARCHAR(80)   NOT NULL,
    version           INT           NOT NULL,
    body              VARCHAR(2000) NOT NULL,
    author_account_id CHAR(36)      NULL,
    created_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_registry_claim_response_version UNIQUE (certification_id, criterion_id, version),
    CONSTRAINT fk_registry_claim_response_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT fk_registry_claim_response_author FOREIGN KEY (author_account_id) REFERENCES account (id)
        ON DELETE SET NULL
);
CREATE INDEX ix_registry_claim_response_vendor ON registry_claim_response (vendor_id);
