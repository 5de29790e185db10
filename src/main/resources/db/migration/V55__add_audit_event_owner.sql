-- Whose data a read touched, so a worker can see who read what of theirs.
ALTER TABLE audit_event ADD COLUMN owner_id CHAR(36) NULL;
CREATE INDEX ix_audit_event_owner ON audit_event (owner_id, occurred_at);
