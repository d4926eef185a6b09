package herald.render;

/** A theme or output problem that stops the build; its message says where. */
public final class RenderException extends Exception {
    private static final long serialVersionUID = 1L;

    public RenderException(String message) {
        super(message, null, false, false);
    }
}
