package herald.diag;

/** How bad a finding is: errors fail the lint and the build, warnings are reported only. */
public enum Level {
    ERROR("error"),
    WARNING("warning");

    private final String word;

    Level(String word) {
        this.word = word;
    }

    /** The lower-case word used in every output format. */
    public String word() {
        return word;
    }
}
