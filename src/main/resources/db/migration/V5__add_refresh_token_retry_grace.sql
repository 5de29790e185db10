-- A refresh token remembers the token it replaced, so a retried refresh can be told from a replay (ADR 0004).
ALTER TABLE refresh_token ADD COLUMN parent_id CHAR(36) NULL;
ALTER TABLE refresh_token ADD COLUMN successor_used_at DATETIME(6) NULL;
ALTER TABLE refresh_token ADD COLUMN retried_at DATETIME(6) NULL;
CREATE INDEX ix_refresh_token_parent ON refresh_token (parent_id);
