package coop.steward.grievance;

/** A sum of money as Steward keeps it: minor units of an ISO 4217 currency. */
record MoneyAmount(long minorUnits, String currency) {
}
