package coop.steward.organizing;

/** One line of a worker's consent history with an organization. */
public enum ConsentChange {
    JOINED, AGGREGATE_GRANTED, AGGREGATE_WITHDRAWN, CASEWORK_GRANTED, CASEWORK_WITHDRAWN, LEFT;

    static ConsentChange of(ConsentScope scope, boolean granted) {
        return switch (scope) {
            case AGGREGATE -> granted ? AGGREGATE_GRANTED : AGGREGATE_WITHDRAWN;
            case CASEWORK -> granted ? CASEWORK_GRANTED : CASEWORK_WITHDRAWN;
        };
    }
}
