-- The curated registry: canonical vendors and every other name they go by. normalized_name is unique, so one
-- typed name resolves to one vendor. Workers' records are never rewritten: the mapping is applied on read.
CREATE TABLE vendor (
    id         CHAR(36)     NOT NULL,
    name       VARCHAR(120) NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    country    CHAR(2)      NULL,
    website    VARCHAR(300) NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE vendor_name (
    id               CHAR(36)     NOT NULL,
    vendor_id        CHAR(36)     NOT NULL,
    name             VARCHAR(120) NOT NULL,
    normalized_name  VARCHAR(120) NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    client_vendor_id CHAR(36)     NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_vendor_name_normalized UNIQUE (normalized_name),
    CONSTRAINT fk_vendor_name_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT fk_vendor_name_client FOREIGN KEY (client_vendor_id) REFERENCES vendor (id)
);
CREATE INDEX ix_vendor_name_vendor ON vendor_name (vendor_id);

-- A typed name a curator judged not to be a vendor (a typo of nothing, a person's name): it leaves the queue.
CREATE TABLE rejected_vendor_name (
    normalized_name VARCHAR(120) NOT NULL,
    rejected_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (normalized_name)
);

CREATE TABLE vendor_curator (
    account_id   CHAR(36)    NOT NULL,
    appointed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_vendor_curator_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE TABLE vendor_account (
    account_id CHAR(36)    NOT NULL,
    vendor_id  CHAR(36)    NOT NULL,
    linked_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_vendor_account_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_vendor_account_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id)
);
