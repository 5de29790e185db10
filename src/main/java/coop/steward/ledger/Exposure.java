package coop.steward.ledger;

/** How distressing the content a session showed was. */
public enum Exposure {
    NONE, DISTRESSING, EXTREME
}
