-- A vendor's self-certification against one guideline version: a draft its VENDOR accounts answer, then an
-- attestation that freezes it. open_draft is 'Y' while the certification is a draft and NULL once attested, so the
-- unique key allows one draft per vendor and guideline (NULLs never collide) and any number of attested ones.
CREATE TABLE vendor_certification (
    id                      CHAR(36)     NOT NULL,
    vendor_id               CHAR(36)     NOT NULL,
    guideline_id            VARCHAR(64)  NOT NULL,
    guideline_version       VARCHAR(64)  NOT NULL,
    open_draft              CHAR(1)      NULL,
    started_by              CHAR(36)     NULL,
    started_at              DATETIME(6)  NOT NULL,
    attested_at             DATETIME(6)  NULL,
    attested_on             DATE         NULL,
    attester_name           VARCHAR(120) NULL,
    attester_title          VARCHAR(120) NULL,
    attested_by_account     CHAR(36)     NULL,
    supersedes              CHAR(36)     NULL,
    superseded_by           CHAR(36)     NULL,
    superseded_at           DATETIME(6)  NULL,
    certificate_document_id CHAR(36)     NULL,
    certificate_sha256      CHAR(64)     NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_vendor_certification_draft UNIQUE (vendor_id, guideline_id, open_draft),
    CONSTRAINT fk_vendor_certification_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT fk_vendor_certification_starter FOREIGN KEY (started_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT fk_vendor_certification_attester FOREIGN KEY (attested_by_account) REFERENCES account (id) ON DELETE SET NULL
);
CREATE INDEX ix_vendor_certification_vendor ON vendor_certification (vendor_id, attested_at);

-- One answer per criterion: YES / PARTLY / NO and the vendor's explanation (a draft may hold either alone), with the
-- criterion's place in the guideline and, from the attestation on, the question as it was answered in every language.
CREATE TABLE vendor_certification_answer (
    certification_id CHAR(36)     NOT NULL,
    criterion_id     VARCHAR(64)  NOT NULL,
    position         INT          NOT NULL,
    question_json    TEXT         NULL,
    answer           VARCHAR(8)   NULL,
    explanation      VARCHAR(4000) NULL,
    updated_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (certification_id, criterion_id),
    CONSTRAINT fk_vendor_certification_answer FOREIGN KEY (certification_id) REFERENCES vendor_certification (id)
);

-- The documents a vendor offers for an answer, inspected like grievance attachments (type read from the bytes,
-- metadata removed), kept with their SHA-256, which the certificate prints.
CREATE TABLE vendor_certification_evidence (
    id               CHAR(36)     NOT NULL,
    certification_id CHAR(36)     NOT NULL,
    criterion_id     VARCHAR(64)  NOT NULL,
    file_name        VARCHAR(200) NOT NULL,
    media_type       VARCHAR(32)  NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    sha256           CHAR(64)     NOT NULL,
    content          LONGBLOB     NOT NULL,
    uploaded_by      CHAR(36)     NULL,
    uploaded_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_vendor_certification_evidence FOREIGN KEY (certification_id) REFERENCES vendor_certification (id),
    CONSTRAINT fk_vendor_certification_uploader FOREIGN KEY (uploaded_by) REFERENCES account (id) ON DELETE SET NULL
);
CREATE INDEX ix_vendor_certification_evidence ON vendor_certification_evidence (certification_id, criterion_id);
