package herald.importer;

/**
 * A source that cannot be imported: the message names the source, and for JSON the path of the
 * value (e.g. {@code incidents.json: $.incidents[3].incident_updates[0].display_at: …}). Nothing has
 * been written when it is thrown.
 */
public final class ImportFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportFailure(String message) {
        super(message, null, false, false);
    }
}
