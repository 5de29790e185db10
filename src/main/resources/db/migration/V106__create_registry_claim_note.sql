-- An organization's public note on a vendor's claim, shown under the organization's name (as it was when the note
-- was written, like a signature), never the organizer's.
CREATE TABLE registry_claim_note (
    id                CHAR(36)      NOT NULL,
    vendor_id         CHAR(36)      NOT NULL,
    certification_id  CHAR(36)      NOT NULL,
    criterion_id      VARCHAR(80)   NOT NULL,
    organization_id   CHAR(36)      NOT NULL,
    organization_name VARCHAR(120)  NOT NULL,
    body              VARCHAR(2000) NOT NULL,
    author_account_id CHAR(36)      NULL,
    created_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_registry_claim_note_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT fk_registry_claim_note_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_registry_claim_note_author FOREIGN KEY (author_account_id) REFERENCES account (id)
        ON DELETE SET NULL
);
CREATE INDEX ix_registry_claim_note_vendor ON registry_claim_note (vendor_id);
