package herald.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a term as a whole token in a text, ignoring case: the characters next to a match must not
 * be letters, digits or '_' (as regex {@code \b} for a term that starts and ends with one), so
 * "shard-7" matches "shard-7." and "shard-7.acme.internal" but not "shard-70", and "INC-4411"
 * does not match inside "INC-44112". A space in the term matches any run of white space. No
 * regex and no allocation per position: most texts hold none of the terms. {@link ExposureScan}
 * walks the text once and asks here at each position where a term can start.
 */
final class TermMatcher {
    private TermMatcher() {
    }

    /** One occurrence of a term: text[start, end). */
    record Hit(int start, int end, InternalVocabulary.Term term) {
    }

    /**
     * The end of {@code term} as a whole token at {@code i} (the caller has checked that a token
     * starts there or that {@code text[i]} is no word character), or -1.
     */
    static int tokenAt(String text, int i, String term) {
        int end = matchAt(text, i, term);
        return end >= 0 && boundaryBefore(text, i, term) && boundaryAfter(text, end, term) ? end : -1;
    }

    /** The end of {@code term} matched at {@code i}, or -1. */
    private static int matchAt(String text, int i, String term) {
        int t = 0;
        int j = i;
        int n = text.length();
        while (t < term.length()) {
            char tc = term.charAt(t);
            if (Character.isWhitespace(tc)) {
                if (j >= n || !Character.isWhitespace(text.charAt(j))) {
                    return -1;
                }
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                while (t < term.length() && Character.isWhitespace(term.charAt(t))) {
                    t++;
                }
                continue;
            }
            if (j >= n || !sameIgnoringCase(text.charAt(j), tc)) {
                return -1;
            }
            j++;
            t++;
        }
        return j;
    }

    private static boolean sameIgnoringCase(char a, char b) {
        return a == b || Character.toLowerCase(a) == Character.toLowerCase(b)
                || Character.toUpperCase(a) == Character.toUpperCase(b);
    }

    private static boolean boundaryBefore(String text, int i, String term) {
        return i == 0 || !isWordChar(term.charAt(0)) || !isWordChar(text.charAt(i - 1));
    }

    private static boolean boundaryAfter(String text, int end, String term) {
        return end == text.length() || !isWordChar(term.charAt(term.length() - 1)) || !isWordChar(text.charAt(end));
    }

    /** A letter, digit or '_'; Latin-1 from a table (most text is, and this runs per character). */
    static boolean isWordChar(char c) {
        return c < 256 ? LATIN1_WORD[c] : Character.isLetterOrDigit(c);
    }

    /** Which Latin-1 characters are word characters: letters, digits and '_'. */
    private static final boolean[] LATIN1_WORD = new boolean[256];

    static {
        for (char c = 0; c < 256; c++) {
            LATIN1_WORD[c] = c == '_' || Character.isLetterOrDigit(c);
        }
    }

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|ftp)://[^\\s<>()\"'`\\]]+|\\]\\([^)\\s]*\\)|\\bwww\\.[^\\s<>()\"'`]+");

    /** [start, end) of the URLs in a text: bare ones, Markdown link targets and www. hosts. */
    static List<int[]> urls(String text) {
        if (text.indexOf("://") < 0 && text.indexOf("](") < 0 && text.indexOf("www.") < 0) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }
}
