package herald.theme;

/** A theme folder that cannot be used (a link out of it, an unreadable file); the message names the file. */
public final class ThemeException extends Exception {
    private static final long serialVersionUID = 1L;

    public ThemeException(String message) {
        super(message, null, false, false);
    }
}
