-- An organization's own minimum cell size for its aggregates (k, never below 3; absent means the default 5).
CREATE TABLE organization_disclosure (
    organization_id CHAR(36)    NOT NULL,
    k               INT         NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (organization_id),
    CONSTRAINT fk_disclosure_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);
