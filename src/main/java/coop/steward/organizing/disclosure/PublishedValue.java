package coop.steward.organizing.disclosure;

/** One measure of a published cell: its (noisy, rounded) value, or why it is withheld (value then null). */
public record PublishedValue(Long value, Suppression suppression) {

    static PublishedValue of(long value) {
        return new PublishedValue(value, null);
    }

    static PublishedValue withheld(Suppression why) {
        return new PublishedValue(null, why);
    }

    public boolean published() {
        return value != null;
    }
}
