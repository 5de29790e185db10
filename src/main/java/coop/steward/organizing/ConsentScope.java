package coop.steward.organizing;

/**
 * What a worker lets one organization do: count their records in its aggregates, or receive grievances they
 * choose to share with it by name.
 */
public enum ConsentScope {
    AGGREGATE, CASEWORK
}
