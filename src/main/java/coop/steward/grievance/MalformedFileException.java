package coop.steward.grievance;

/** A file whose bytes start like a type we accept but do not hold a well-formed file of it. */
final class MalformedFileException extends Exception {

    private static final long serialVersionUID = 1L;

    MalformedFileException(String reason) {
        super(reason, null, false, false);
    }
}
