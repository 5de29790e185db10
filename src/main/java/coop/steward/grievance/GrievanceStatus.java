package coop.steward.grievance;

/** Where a grievance stands: written down, raised, settled, or dropped by the worker. */
public enum GrievanceStatus {
    DRAFT, OPEN, RESOLVED, WITHDRAWN
}
