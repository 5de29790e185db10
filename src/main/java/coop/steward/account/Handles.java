package coop.steward.account;

import java.util.Locale;

/** Handles: the only name Steward knows a person by. Compared without regard to case. */
final class Handles {

    static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{2,31}";
    static final String MESSAGE = "must be 3 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit";

    private Handles() {
    }

    static String normalize(String handle) {
        return handle == null ? "" : handle.trim().toLowerCase(Locale.ROOT);
    }
}
