package coop.steward.record;

/** What a revision did to its record. */
public enum Operation {
    CREATE, CORRECT, DELETE
}
