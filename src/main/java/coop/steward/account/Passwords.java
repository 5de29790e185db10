package coop.steward.account;

import coop.steward.common.problem.ProblemException;

import java.util.Locale;

/** What makes a password acceptable. */
final class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    static final String LENGTH_MESSAGE = "must be 10 to 128 characters";

    private Passwords() {
    }

    static void requireAcceptable(String field, String password, String handle) {
        if (password.toLowerCase(Locale.ROOT).contains(handle)) {
            throw ProblemException.invalid(field, "must not contain the handle");
        }
        if (password.chars().distinct().count() < 4) {
            throw ProblemException.invalid(field, "is too easy to guess: use at least four different characters");
        }
    }
}
