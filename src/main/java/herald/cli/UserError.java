package herald.cli;

/** A mistake the user can fix (bad option value, missing folder): one line on stderr, exit 2, no stack trace. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    UserError(String message) {
        this(message, ExitCodes.CANNOT_RUN);
    }

    UserError(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
