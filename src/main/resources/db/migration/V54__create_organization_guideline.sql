-- An organization's own guideline, every uploaded version kept as the YAML that was validated.
CREATE TABLE organization_guideline (
    id              CHAR(36)     NOT NULL,
    organization_id CHAR(36)     NOT NULL,
    guideline_id    VARCHAR(120) NOT NULL,
    version         INT          NOT NULL,
    title           VARCHAR(300) NOT NULL,
    source_yaml     MEDIUMTEXT   NOT NULL,
    uploaded_by     CHAR(36)     NULL,
    uploaded_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_organization_guideline_version UNIQUE (organization_id, guideline_id, version),
    CONSTRAINT fk_organization_guideline_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_organization_guideline_uploader FOREIGN KEY (uploaded_by) REFERENCES account (id) ON DELETE SET NULL
);
