-- Dashboards ask, at each read, whether a worker counted in the figures they hold has withdrawn since (ADR 0056).
CREATE INDEX ix_consent_event_organization ON consent_event (organization_id, occurred_at);
CREATE INDEX ix_consent_event_change ON consent_event (change_kind, occurred_at);
