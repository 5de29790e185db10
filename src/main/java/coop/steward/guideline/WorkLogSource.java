package coop.steward.guideline;

import coop.steward.guideline.model.WorkLog;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where the assessment reads a worker's records from; the ledger implements it. {@code from} and {@code to} are
 * inclusive days in the worker's own time zone, which the returned log carries.
 */
public interface WorkLogSource {

    WorkLog load(UUID workerId, LocalDate from, LocalDate to);
}
