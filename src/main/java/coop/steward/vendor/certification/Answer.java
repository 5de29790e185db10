package coop.steward.vendor.certification;

/** A vendor's answer to one question of a guideline's questionnaire. */
public enum Answer {
    YES, PARTLY, NO
}
