-- The one secret that keys every worker's permanent disclosure noise. One row, generated once, never rotated:
-- a new key would give every worker new noise, and two publications under different keys could be differenced
-- (ADR 0052).
CREATE TABLE disclosure_noise_key (
    id         INT         NOT NULL,
    secret_hex CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
);
