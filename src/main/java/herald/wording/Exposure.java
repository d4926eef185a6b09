package herald.wording;

import java.util.Objects;

/**
 * Public text that names something internal: {@code text.substring(start, end)} is {@code matched}.
 * {@code source} says where the term came from: {@link #BUILT_IN}, {@link #POLICY} or the path of a
 * value in the entry's {@code internal:} block ({@code internal.cacheNamespace},
 * {@code internal.roles.incidentLead}, …). {@code what} names the kind of leak in plain words.
 */
public record Exposure(int start, int end, String matched, String source, String what) {
    public static final String BUILT_IN = "built-in";
    public static final String POLICY = "policy.internalTerms";

    public Exposure {
        Objects.requireNonNull(matched, "matched");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(what, "what");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    /** The finding's message, without the rule id: what leaked, where it came from, and the fix. */
    public String message() {
        if (source.equals(BUILT_IN)) {
            return "\"" + matched + "\" is " + what
                    + "; users need the effect and the recovery, not raw metrics: describe it in plain words";
        }
        if (source.equals(POLICY)) {
            return "\"" + matched + "\" is listed in policy.internalTerms; public text must not name internal systems";
        }
        return "\"" + matched + "\" is " + what + "; public text must not name internal values";
    }
}
