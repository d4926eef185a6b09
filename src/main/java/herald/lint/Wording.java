package herald.lint;

import herald.diag.Rule;
import herald.wording.Exposure;
import herald.wording.InternalExposure;
import herald.wording.InternalVocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording rules as pure text checks: exact-ETA promises, internal values and readings
 * ({@link InternalExposure}), unfilled placeholders. Tuned on real status-page text (GitHub's and
 * 36 other companies'), so that announcing the next update ("Next update in 15 minutes", "We do
 * not have an ETA") and the share of affected requests ("about 5% of requests fail") never fire
 * while promising a fix time ("should be fixed by 15:00") or naming a gate ("lambda divergent")
 * does. Every pattern is compiled once, and cheap pre-checks skip the expensive ones on text that
 * cannot match (most text).
 */
public final class Wording {

    /**
     * One problem found in a text: the rule, the offending words as written, where they start in
     * the text ({@code at}, or -1 when the check ran on a plain-words copy and only the words are
     * known), and a message.
     */
    public record Hit(Rule rule, String words, int at, String message) {
    }

    /** What kind of text is checked: closed narratives (resolved, postmortem) report the past. */
    public enum Tense { LIVE, RETROSPECTIVE }

    private Wording() {
    }

    static final TextScan SCAN = new TextScan();
    /** A literal one of which every promise pattern but the weak ones needs: a future marker, "ETA", or a bare "fixed by". */
    static final long STRONG_PROMISE = literals("eta", "e.t.a", "estimat", "expect", "will", "shall", "should",
            "anticipat", "aim", "on track", "hop", "plan", "going to", "target", "predict", "project", "likely",
            "fixed", "resolved", "restored", "back", "up and running", "resolution", "recovery", "restoration") | TextScan.APOSTROPHE_LL;
    /**
     * The literals of the weak markers (hedges, work under way, a patch to be deployed): common
     * words ("may", "continuing to", "to be"), so a sentence with only these is checked further
     * only where a weak marker is really there (see {@link EtaWording#check}).
     */
    static final long WEAK_PROMISE = literals("may", "might", "working to", "continu", "to be");
    static final long PROMISE = STRONG_PROMISE | WEAK_PROMISE;
    /** Words that can make a time without a digit: "an hour", "noon", "tomorrow", "ten minutes". */
    static final long CLOCKISH = literals("hour", "hr", "noon", "midday", "midnight", "tonight", "tomorrow", "end of", "eod",
            "cob", "day", "min", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Markup that plain() strips. */
    static final long HAS_MARKUP = SCAN.literal("http");

    private static long literals(String... words) {
        long bits = 0;
        for (String w : words) {
            bits |= SCAN.literal(w);
        }
        return bits;
    }

    /** The checks with no internal vocabulary (built-in readings only). */
    public static List<Hit> check(String text, Tense tense, boolean checkEta) {
        return check(text, tense, checkEta, InternalVocabulary.NONE);
    }

    /**
     * Every wording finding in one public text. {@code vocabulary}: the entry's internal values
     * and the site's policy.internalTerms, built once per entry.
     */
    public static List<Hit> check(String text, Tense tense, boolean checkEta, InternalVocabulary vocabulary) {
        List<Hit> hits = new ArrayList<>();
        if (text == null) {
            return hits;
        }
        long signals = SCAN.scan(text, 0, text.length());
        PlaceholderWording.check(text, signals, hits);
        for (Exposure e : InternalExposure.find(text, vocabulary)) {
            hits.add(new Hit(Rule.WORDING_INTERNAL, e.matched(), e.start(), e.message()));
        }
        if (checkEta && (signals & (TextScan.DIGIT | CLOCKISH)) != 0 && (signals & PROMISE) != 0) {
            String plain = (signals & (TextScan.ANGLE | HAS_MARKUP)) != 0 || text.indexOf("](") >= 0 || text.indexOf('*') >= 0
                    || text.indexOf('_') >= 0 ? plain(text) : text;
            EtaWording.check(plain, tense, hits);
        }
        return hits;
    }

    // ---------------------------------------------------------------- text helpers

    private static final Pattern BLOCK_TAG = Pattern.compile("(?i)</?(?:li|p|br|ul|ol|div|h\\d)\\b[^<>]*>");
    private static final Pattern ANY_TAG = Pattern.compile("</?[a-zA-Z][^<>]{0,200}>");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)\\s]*\\)");
    private static final Pattern BARE_URL = Pattern.compile("https?://\\S+");

    /** Markdown and HTML reduced to plain words (real tags and link targets dropped, "< 5 minutes" kept). */
    static String plain(String text) {
        String t = text;
        if (t.indexOf('<') >= 0) {
            t = ANY_TAG.matcher(BLOCK_TAG.matcher(t).replaceAll(". ")).replaceAll(" ");
        }
        if (t.indexOf("](") >= 0) {
            t = LINK_TARGET.matcher(t).replaceAll("]");
        }
        if (t.indexOf("://") >= 0) {
            t = BARE_URL.matcher(t).replaceAll(" ");
        }
        if (t.indexOf('*') >= 0 || t.indexOf('_') >= 0) {
            t = t.replace("**", "").replace("__", "");
        }
        return t;
    }

    /**
     * Sentences, as start and end of each in {@code plain} (white space at either end left out,
     * empty ones dropped): a break after . ! ? followed by whitespace and a capital, digit or
     * quote; a blank line; a list item. Bounds, not strings: most sentences are dismissed by
     * their signals ({@link TextScan#scanEach}) without being cut out.
     */
    static int[] sentenceBounds(String plain) {
        IntList out = new IntList();
        char[] cs = plain.toCharArray();
        int n = cs.length;
        int from = 0;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            int cut = -1;
            int next = -1;
            if ((c == '.' || c == '!' || c == '?') && i + 1 < n && Character.isWhitespace(cs[i + 1])) {
                int j = i + 1;
                while (j < n && Character.isWhitespace(cs[j])) {
                    j++;
                }
                if (j < n && startsSentence(cs[j]) || j == n) {
                    cut = i + 1;
                    next = j;
                }
            } else if (c == '\n') {
                int j = i + 1;
                while (j < n && (cs[j] == ' ' || cs[j] == '\t')) {
                    j++;
                }
                if (j < n && cs[j] == '\n') {
                    cut = i;
                    next = j + 1;
                } else if (j + 1 < n && (cs[j] == '-' || cs[j] == '*') && cs[j + 1] == ' ') {
                    cut = i;
                    next = j + 2;
                }
            }
            if (cut >= 0) {
                add(out, plain, from, cut);
                from = next;
                i = next;
            } else {
                i++;
            }
        }
        add(out, plain, from, n);
        return out.toArray();
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '\u201c' || c == '(';
    }

    /** [from, to) without the white space String.strip() removes, when anything is left. */
    private static void add(IntList out, String s, int from, int to) {
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            out.add(from);
            out.add(to);
        }
    }

    /** A growable int array (sentence bounds). */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
