package coop.steward.ledger.chain;

/** What a revision did to its record. */
public enum Operation {
    CREATE, CORRECT, DELETE
}
