package coop.steward.organizing;

/** What sort of body an organization is. */
public enum OrganizationKind {
    UNION, COOPERATIVE, WORKER_CENTRE, OTHER
}
