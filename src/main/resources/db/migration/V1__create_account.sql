CREATE TABLE account (
    id            CHAR(36)     NOT NULL,
    handle        VARCHAR(32)  NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    locale        VARCHAR(2)   NOT NULL,
    time_zone     VARCHAR(64)  NOT NULL,
    jurisdiction  VARCHAR(6)   NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_handle UNIQUE (handle)
);

CREATE INDEX ix_account_role ON account (role);
