package coop.steward.guideline;

/** A policy template that cannot be used: it names the file, the line and the reason, and stops the start-up. */
public class PolicyTemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String reason;

    public PolicyTemplateException(String file, int line, String reason) {
        super("policy template " + file + ", line " + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
