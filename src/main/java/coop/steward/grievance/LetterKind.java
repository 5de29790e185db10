package coop.steward.grievance;

/**
 * The letters a worker can send about a grievance, each with the days it gives for a reply by default.
 * Both GDPR requests get the one month of Article 12(3), counted as 30 days; a payment demand gives 14 days,
 * the usual term of a letter before action, long enough to pass through a weekly or fortnightly pay run.
 */
public enum LetterKind {
    SUBJECT_ACCESS_REQUEST("sar", 30),
    AUTOMATED_DECISION_EXPLANATION("art22", 30),
    PAYMENT_DEMAND("demand", 14);

    private final String key;
    private final int defaultResponseDays;

    LetterKind(String key, int defaultResponseDays) {
        this.key = key;
        this.defaultResponseDays = defaultResponseDays;
    }

    String key() {
        return key;
    }

    public int defaultResponseDays() {
        return defaultResponseDays;
    }
}
