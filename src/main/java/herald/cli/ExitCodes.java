package herald.cli;

/** The exit statuses every command uses, listed in --help. */
public final class ExitCodes {
    /** Success; warnings may have been printed. */
    public static final int OK = 0;
    /** The content has at least one lint error (or the command refused an invalid edit). */
    public static final int FINDINGS = 1;
    /** The command refused to overwrite files that exist (init, theme eject without --force). */
    public static final int REFUSED = 1;
    /** The command could not run: no content folder, unreadable site.yaml, bad option, I/O failure. */
    public static final int CANNOT_RUN = 2;
    /** herald announce: some messages were not delivered (each is printed with its reason); the others were. */
    public static final int DELIVERY_FAILED = 3;

    /** The lines of the "Exit status:" lists in --help that several commands share (picocli's "status:meaning"). */
    static final String LISTED_WRITTEN = OK + ":written";
    static final String LISTED_REFUSED_BY_LINT = FINDINGS + ":refused: the result would not pass the lint (nothing written)";
    static final String LISTED_UNKNOWN_INCIDENT = CANNOT_RUN + ":could not run (unknown incident, bad option)";
    static final String LISTED_PRINTED = OK + ":printed";

    private ExitCodes() {
    }
}
