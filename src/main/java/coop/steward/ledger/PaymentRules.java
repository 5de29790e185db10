package coop.steward.ledger;

import coop.steward.common.problem.Violation;
import coop.steward.record.Rule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The rules a payment keeps across its fields, each named; all of them are checked, every time. */
final class PaymentRules {

    private PaymentRules() {
    }

    /** The period a payment covers ends on or after the day it starts. */
    static final Rule<PaymentRequest> PERIOD_IN_ORDER = request -> request.periodEnd().isBefore(request.periodStart())
            ? List.of(new Violation("periodEnd", "must not be before periodStart")) : List.of();

    /** What arrived is what was sent less the fees taken on the way. */
    static final Rule<PaymentRequest> NET_IS_GROSS_LESS_FEES = request -> {
        long expected = request.grossMinor() - request.platformFeesMinor() - request.transferFeesMinor();
        return request.netMinor() == expected ? List.of() : List.of(new Violation("netMinor",
                "must equal grossMinor − platformFeesMinor − transferFeesMinor = " + expected));
    };

    /** A payment was made: not on a day after tomorrow anywhere. */
    static Rule<PaymentRequest> paidInThePast(Clock clock) {
        return request -> request.paidOn().isAfter(LocalDate.now(clock).plusDays(1))
                ? List.of(new Violation("paidOn", "must not be in the future")) : List.of();
    }

    static Rule<PaymentRequest> all(Clock clock) {
        return Rule.all(PERIOD_IN_ORDER, paidInThePast(clock), NET_IS_GROSS_LESS_FEES);
    }
}
