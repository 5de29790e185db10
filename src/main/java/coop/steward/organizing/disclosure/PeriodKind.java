package coop.steward.organizing.disclosure;

/** A period of a published table: a month, a calendar quarter inside the window, or the whole window. */
public enum PeriodKind { MONTH, QUARTER, WINDOW }
