package coop.steward.record;

import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.ProblemType;
import coop.steward.common.problem.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule a record keeps across its fields, beyond each field's own bounds: it reports every violation it finds,
 * never only the first, so the same rule serves a {@code PUT} (which answers all of them at once) and a batch such
 * as the CSV import (which reports every bad field of every bad row).
 */
@FunctionalInterface
public interface Rule<T> {

    List<Violation> violationsOf(T candidate);

    /** Every violation of every rule given, in their order. */
    @SafeVarargs
    static <T> Rule<T> all(Rule<T>... rules) {
        return candidate -> {
            List<Violation> found = new ArrayList<>();
            for (Rule<T> rule : rules) {
                found.addAll(rule.violationsOf(candidate));
            }
            return found;
        };
    }

    /** Refuses the candidate with every violation found, or lets it pass. */
    default void enforce(T candidate) {
        refuseIfAny(violationsOf(candidate));
    }

    /** Refuses a write with these violations, if there are any. */
    static void refuseIfAny(List<Violation> found) {
        if (!found.isEmpty()) {
            String detail = found.size() == 1 ? found.get(0).message() : found.size() + " fields break the record's rules";
            throw new ProblemException(ProblemType.VALIDATION, detail, found);
        }
    }
}
