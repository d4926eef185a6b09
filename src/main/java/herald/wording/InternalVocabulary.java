package herald.wording;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The terms that must not reach one entry's public text: the site's {@code policy.internalTerms}
 * as configured, and the distinctive values of the entry's own {@code internal:} block (names in
 * roles, the cache namespace, the ticket id, pins, the rollback lever, the names of its signals).
 * Built once per entry; {@link InternalExposure} matches the terms as whole tokens.
 */
public final class InternalVocabulary {

    /**
     * One term: its text, where it came from ({@link Exposure#POLICY} or an {@code internal.…}
     * path), and what the message calls it. {@code insideUrls}: whether it also counts inside a
     * URL (policy terms do: they name hosts; the entry's own values do not, because the public
     * postmortem link legitimately holds the ticket id).
     */
    public record Term(String text, String source, String what, boolean insideUrls) {
        public Term {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(what, "what");
            if (text.isBlank()) {
                throw new IllegalArgumentException("blank term");
            }
        }
    }

    public static final InternalVocabulary NONE = new InternalVocabulary(List.of());

    private final List<Term> terms;
    /**
     * The terms by the lower case of their first character (for each Latin-1 character in an
     * array, the others in a map): one pass over a text checks them all.
     */
    private final List<Term>[] byLatin1First;
    private final Map<Character, List<Term>> byOtherFirst;

    /**
     * Keys whose values are public by design: the region a user picked is the scope an update
     * must state ("eu-west-1 customers"), so {@code internal.regions} is evidence, not a secret.
     */
    private static final List<String> PUBLIC_KEYS = List.of("regions", "region");
    /** Maps whose keys (not only values) name internal things: the gates and signals. */
    private static final List<String> NAMED_KEYS = List.of("signals");
    /** Numbers, dates, times, durations and booleans are not identifiers: their text is everywhere. */
    private static final Pattern NOT_AN_IDENTIFIER = Pattern.compile(
            "[-+]?\\d+(?:[.,:]\\d+)*%?|\\d{4}-\\d{2}-\\d{2}(?:[T ][\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?|(?:\\d+[smhdw])+|true|false|yes|no|null|~",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{Ll}+");
    private static final Pattern VALUE_SPLIT = Pattern.compile("[\\s,;]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Ps}\\p{Pi}\"'`]+|[\\p{Pe}\\p{Pf}\"'`.!?:]+$");

    public InternalVocabulary(List<Term> terms) {
        this.terms = List.copyOf(terms);
        Map<Character, List<Term>> index = new HashMap<>();
        for (Term t : this.terms) {
            index.computeIfAbsent(Character.toLowerCase(t.text().charAt(0)), c -> new ArrayList<>()).add(t);
        }
        @SuppressWarnings("unchecked")
        List<Term>[] ascii = new List[128];
        Map<Character, List<Term>> other = new HashMap<>();
        index.forEach((c, list) -> {
            if (c < 128) {
                ascii[c] = List.copyOf(list);
            } else {
                other.put(c, List.copyOf(list));
            }
        });
        this.byOtherFirst = Map.copyOf(other);
        // every Latin-1 character straight to its list ("São", "Zürich": no boxing, no map)
        @SuppressWarnings("unchecked")
        List<Term>[] latin1 = new List[256];
        for (char c = 0; c < 256; c++) {
            latin1[c] = c < 128 ? ascii[c >= 'A' && c <= 'Z' ? c + 32 : c] : byOtherFirst.get(Character.toLowerCase(c));
        }
        this.byLatin1First = latin1;
    }

    public List<Term> terms() {
        return terms;
    }

    /** The terms that start with {@code c}, ignoring case. */
    List<Term> startingWith(char c) {
        if (c < 256) {
            List<Term> terms = byLatin1First[c];
            return terms == null ? List.of() : terms;
        }
        return byOtherFirst.getOrDefault(Character.toLowerCase(c), List.of());
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InternalVocabulary v && v.terms.equals(terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        return "InternalVocabulary" + terms;
    }

    /**
     * {@code policyTerms}: the site's list, used as written (the site chose them; blank ones are
     * dropped). {@code internalBlock}: the entry's {@code internal:} as a plain tree of Map, List
     * and scalar values (null for none); each value is split at spaces and commas, and a piece
     * counts when it has 4+ characters, is not a common English word, and is not a number, date,
     * duration or boolean; in a value of several words, a plain lower-case word is description
     * ("shard routing") and does not count. A term found twice keeps its first source (policy first).
     */
    public static InternalVocabulary of(List<String> policyTerms, Object internalBlock) {
        Map<String, Term> byText = new LinkedHashMap<>();
        if (policyTerms != null) {
            for (String t : policyTerms) {
                if (t != null && !t.isBlank()) {
                    String term = t.strip();
                    byText.putIfAbsent(key(term), new Term(term, Exposure.POLICY, "listed in policy.internalTerms", true));
                }
            }
        }
        if (internalBlock != null) {
            List<Term> found = new ArrayList<>();
            walk(internalBlock, "internal", false, found);
            for (Term t : found) {
                byText.putIfAbsent(key(t.text()), t);
            }
        }
        return byText.isEmpty() ? NONE : new InternalVocabulary(new ArrayList<>(byText.values()));
    }

    private static String key(String term) {
        return term.toLowerCase(Locale.ROOT);
    }

    private static void walk(Object node, String path, boolean keysAreNames, List<Term> out) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (PUBLIC_KEYS.contains(key)) {
                    continue;
                }
                if (keysAreNames) {
                    addPieces(key, path, "a signal named in the entry's " + path, out);
                }
                walk(e.getValue(), path + "." + key, NAMED_KEYS.contains(key), out);
            }
        } else if (node instanceof Collection<?> list) {
            for (Object item : list) {
                walk(item, path, keysAreNames, out);
            }
        } else if (node instanceof CharSequence text) {
            addPieces(text.toString(), path, "the entry's " + path, out);
        } else if (node instanceof Number || node instanceof Boolean || node instanceof TemporalAccessor
                || node instanceof Date || node == null) {
            return;
        } else {
            addPieces(node.toString(), path, "the entry's " + path, out);
        }
    }

    private static void addPieces(String value, String path, String what, List<Term> out) {
        String[] pieces = VALUE_SPLIT.split(value.strip());
        for (String raw : pieces) {
            String piece = EDGE_PUNCTUATION.matcher(raw).replaceAll("");
            // in a phrase ("shard routing", "citation-store schema") a plain lower-case word describes
            // the thing; the names in it are the identifiers and the capitalised words ("Priya Raman")
            if (pieces.length > 1 && PLAIN_WORD.matcher(piece).matches()) {
                continue;
            }
            if (isDistinctive(piece)) {
                out.add(new Term(piece, path, what, false));
            }
        }
    }

    /** Whether a piece of an internal value is worth matching: 4+ characters, not a common word, not a number. */
    static boolean isDistinctive(String piece) {
        return piece.codePointCount(0, piece.length()) >= 4
                && !NOT_AN_IDENTIFIER.matcher(piece).matches()
                && !CommonWords.contains(piece);
    }
}
