package coop.steward.grievance;

import coop.steward.common.money.Money;
import coop.steward.common.validation.Language;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * Everything a letter says about the worker, the grievance and the reply it asks for; a demand may also state
 * what the worker's ledger shows was received so far.
 */
record LetterFacts(
        LetterKind kind,
        Language language,
        String sender,
        @Nullable String senderReference,
        String recipient,
        @Nullable String engagement,
        GrievanceCategory category,
        LocalDate happenedOn,
        String narrative,
        LocalDate issuedOn,
        LocalDate respondBy,
        @Nullable Money amountOwed,
        @Nullable Money receivedSoFar) {

    LetterFacts {
        if (kind == LetterKind.PAYMENT_DEMAND && (amountOwed == null || amountOwed.minor() <= 0)) {
            throw new IllegalArgumentException("a payment demand needs an amount owed above zero");
        }
        if (respondBy.isBefore(issuedOn)) {
            throw new IllegalArgumentException("the reply cannot be due before the letter is issued");
        }
    }
}
