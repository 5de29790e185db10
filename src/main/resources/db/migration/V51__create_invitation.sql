-- An invitation code is shown once; only its SHA-256 is kept, so the table cannot be read for codes.
CREATE TABLE invitation (
    id              CHAR(36)    NOT NULL,
    organization_id CHAR(36)    NOT NULL,
    code_digest     CHAR(64)    NOT NULL,
    role            VARCHAR(16) NOT NULL,
    max_uses        INT         NOT NULL,
    uses            INT         NOT NULL,
    expires_at      DATETIME(6) NOT NULL,
    revoked_at      DATETIME(6) NULL,
    created_by      CHAR(36)    NULL,
    created_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_invitation_code UNIQUE (code_digest),
    CONSTRAINT fk_invitation_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_invitation_creator FOREIGN KEY (created_by) REFERENCES account (id) ON DELETE SET NULL
);
CREATE INDEX ix_invitation_organization ON invitation (organization_id, created_at);
