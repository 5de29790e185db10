package coop.steward.guideline.model;

import java.util.Arrays;
import java.util.Optional;

/** The catalogue of measures the engine computes from a worker's records; templates name them by key. */
public enum Metric {
    /** Net pay ÷ (paid + unpaid hours), against a number or a wage table; the one metric that owes back pay. */
    EFFECTIVE_HOURLY_PAY("effective-hourly-pay", true),
    /** Unpaid minutes as a percentage of all minutes. */
    UNPAID_SHARE_OF_TIME("unpaid-share-of-time", false),
    /** Unpaid hours spent on onboarding, qualification tests, instructions and training. */
    UNPAID_ONBOARDING_AND_TRAINING_HOURS("unpaid-onboarding-and-training-hours", false),
    /** Unpaid hours of rejected or disputed work. */
    UNPAID_REJECTED_WORK_HOURS("unpaid-rejected-work-hours", false),
    /** The most days any payment arrived after its promised timeframe. */
    PAYMENT_DELAY_DAYS("payment-delay-days", false),
    /** Gross pay received as a percentage of what the agreed rate owes for the recorded hours or tasks (lowest engagement). */
    PAY_AGAINST_AGREED_RATE("pay-against-agreed-rate", false),
    /** Per-task sessions for which no time estimate was shown before accepting. */
    PER_TASK_PAY_WITHOUT_ESTIMATE("per-task-pay-without-estimate", false),
    /** Sessions with distressing or extreme content where no support was offered. */
    DISTRESSING_EXPOSURE_WITHOUT_SUPPORT("distressing-exposure-without-support", false),
    /** Engagements worked in the period without a written contract. */
    ENGAGEMENTS_WITHOUT_WRITTEN_CONTRACT("engagements-without-written-contract", false);

    private final String key;
    private final boolean acceptsWageThreshold;

    Metric(String key, boolean acceptsWageThreshold) {
        this.key = key;
        this.acceptsWageThreshold = acceptsWageThreshold;
    }

    public String key() {
        return key;
    }

    public boolean acceptsWageThreshold() {
        return acceptsWageThreshold;
    }

    public static Optional<Metric> fromKey(String key) {
        return Arrays.stream(values()).filter(metric -> metric.key.equals(key)).findFirst();
    }
}
