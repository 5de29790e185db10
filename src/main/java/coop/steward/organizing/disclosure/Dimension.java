package coop.steward.organizing.disclosure;

/** A coordinate that a published table can break its figures down by. */
public enum Dimension { VENDOR, CLIENT, TASK_KIND, JURISDICTION }
