-- Signed PDFs other than a worker's evidence pack (collective packs, vendor certificates, campaign letters), kept so
-- that /api/verify answers for them like for packs. The owner is an organization or a vendor, not an account: no
-- foreign key, and nothing about any worker is stored here.
CREATE TABLE signed_document (
    id                        CHAR(36)    NOT NULL,
    kind                      VARCHAR(24) NOT NULL,
    owner_id                  CHAR(36)    NOT NULL,
    created_at                DATETIME(6) NOT NULL,
    sha256                    CHAR(64)    NOT NULL,
    size_bytes                BIGINT      NOT NULL,
    pdf                       LONGBLOB    NOT NULL,
    signer_certificate_sha256 CHAR(64)    NOT NULL,
    signer_certificate        LONGBLOB    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_signed_document_sha256 UNIQUE (sha256)
);

CREATE INDEX ix_signed_document_owner ON signed_document (owner_id, kind, created_at);
