package coop.steward.guideline.model;

/** How distressing the content a worker saw in a session was. */
public enum Exposure {
    NONE, DISTRESSING, EXTREME
}
