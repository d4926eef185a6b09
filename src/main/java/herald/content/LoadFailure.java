package herald.content;

/** Content that cannot be linted at all (no content folder, no readable site.yaml): exit status 2. */
public final class LoadFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public LoadFailure(String message) {
        super(message, null, false, false);
    }
}
