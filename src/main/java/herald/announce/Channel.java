package herald.announce;

/** One entry of site.yaml's {@code notify:} list. Secrets are never here, only the names of the variables that hold them. */
public sealed interface Channel permits HttpChannel, EmailChannel {
    /** Where it is in site.yaml, as {@code notify[2]}. */
    String where();

    Filter filter();

    /** How results name it: {@code notify[2] slack}. */
    String label();
}
