package herald.announce;

/** A problem the user can fix (an unreadable previous manifest, say), with a message that says how. */
public final class AnnounceException extends Exception {
    private static final long serialVersionUID = 1L;

    public AnnounceException(String message) {
        super(message);
    }

    public AnnounceException(String message, Throwable cause) {
        super(message, cause);
    }
}
