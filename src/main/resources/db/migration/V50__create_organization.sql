-- Unions, co-ops and worker centres, and the organizer accounts that run each of them.
CREATE TABLE organization (
    id          CHAR(36)      NOT NULL,
    name        VARCHAR(120)  NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    country     CHAR(2)       NOT NULL,
    description VARCHAR(2000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE organization_organizer (
    organization_id CHAR(36)    NOT NULL,
    account_id      CHAR(36)    NOT NULL,
    added_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (organization_id, account_id),
    CONSTRAINT fk_organizer_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_organizer_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_organizer_account ON organization_organizer (account_id);
