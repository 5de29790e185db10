package coop.steward.grievance;

/**
 * Where a grievance stands: written down, raised, shared with an organization, escalated by it, settled, or dropped
 * by the worker. The two casework statuses are set only by sharing and escalating, never by a worker's correction.
 */
public enum GrievanceStatus {
    DRAFT, OPEN, SHARED_WITH_ORGANIZATION, ESCALATED, RESOLVED, WITHDRAWN;

    boolean casework() {
        return this == SHARED_WITH_ORGANIZATION || this == ESCALATED;
    }
}
