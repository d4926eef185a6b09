package herald.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * One pass over a text that says which cheap signals it holds (a digit, a '%', a '<', a possible
 * placeholder, and which of a fixed list of lower-case literals occur, case-insensitively), so
 * the wording rules run their costly patterns only on text that could match. Literals are found
 * by dispatching on their first letter: no allocation, no rescans.
 */
final class TextScan {
    static final long DIGIT = 1L;
    static final long PERCENT = 1L << 1;
    static final long ANGLE = 1L << 2;
    static final long PLACEHOLDER = 1L << 3;
    static final long GREEK = 1L << 4;
    /** Bits from here on are the literals, in the order they were registered. */
    private static final int FIRST_LITERAL_BIT = 8;

    private final List<String> literals = new ArrayList<>();
    private char[][] literalChars = new char[0][];
    /**
     * The literals by their first two characters: a word start costs one look-up, and the literal
     * compare runs only where both match (most word starts share a first letter with some literal).
     */
    private final int[][][] byFirstTwo = new int[128][][];

    /** The literals registered, in order (their bits follow that order). */
    List<String> literals() {
        return List.copyOf(literals);
    }

    /** Registers a literal (lower-case ASCII, two characters or more) and returns its bit. */
    long literal(String lower) {
        int id = literals.size();
        if (FIRST_LITERAL_BIT + id >= 64) {
            throw new IllegalStateException("too many literals");
        }
        if (lower.length() < 2) {
            throw new IllegalArgumentException("a literal has two characters or more: " + lower);
        }
        literals.add(lower);
        literalChars = java.util.Arrays.copyOf(literalChars, literals.size());
        literalChars[id] = lower.toCharArray();
        char c = lower.charAt(0);
        char d = lower.charAt(1);
        if (byFirstTwo[c] == null) {
            byFirstTwo[c] = new int[128][];
        }
        int[] old = byFirstTwo[c][d];
        int[] now = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
        now[now.length - 1] = id;
        byFirstTwo[c][d] = now;
        return 1L << (FIRST_LITERAL_BIT + id);
    }

    /** One copy buffer per thread: the lint scans in parallel and scans a lot of text. */
    private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[4096]);

    /** The signals in s[start, end). */
    long scan(String s, int start, int end) {
        return scan(copy(s, start, end), 0, end - start);
    }

    /**
     * The signals of each range of {@code s} ({@code bounds}: start and end of each, in order),
     * each as {@link #scan(String, int, int)} of that range alone: one copy for them all.
     */
    long[] scanEach(String s, int[] bounds) {
        char[] text = copy(s, 0, s.length());
        long[] out = new long[bounds.length / 2];
        for (int r = 0; r < out.length; r++) {
            out[r] = scan(text, bounds[2 * r], bounds[2 * r + 1]);
        }
        return out;
    }

    /**
     * s[start, end) in this thread's buffer, from index 0: one bulk copy, then plain array reads
     * (String.charAt's per-call bounds and coder checks dominated the lint of a large site before
     * the JIT had warmed up).
     */
    private static char[] copy(String s, int start, int end) {
        char[] text = BUFFER.get();
        if (text.length < end - start) {
            text = new char[Math.max(end - start, text.length * 2)];
            BUFFER.set(text);
        }
        s.getChars(start, end, text, 0);
        return text;
    }

    /** The signals of text[from, to), as if nothing came before or after it. */
    private long scan(char[] text, int from, int to) {
        long bits = 0;
        // whether text[i - 1] is a letter or digit: literals are word prefixes, looked for only where a word starts
        boolean afterWord = false;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c < 128) {
                if (c >= '0' && c <= '9') {
                    bits |= DIGIT;
                    afterWord = true;
                    continue;
                }
                switch (c) {
                    case '\'' -> {
                        if (i + 2 < to && (text[i + 1] | 32) == 'l' && (text[i + 2] | 32) == 'l') {
                            bits |= APOSTROPHE_LL; // "we'll": after a letter, so never a word start for the literals
                        }
                    }
                    case '%' -> bits |= PERCENT;
                    case '<' -> bits |= ANGLE;
                    case '{' -> {
                        if (i + 1 < to && text[i + 1] == '{') {
                            bits |= PLACEHOLDER;
                        }
                    }
                    case 'h', 'H' -> {
                        if (i + 1 < to && (text[i + 1] | 32) == 'h') {
                            bits |= PLACEHOLDER;
                        }
                    }
                    case 'T', 'F', 'X' -> {
                        if (i + 1 < to) {
                            char d = text[i + 1];
                            if (c == 'T' && (d == 'O' || d == 'B') || c == 'F' && d == 'I' || c == 'X' && d == 'X') {
                                bits |= PLACEHOLDER;
                            }
                        }
                    }
                    default -> { }
                }
                int[][] second = afterWord || i + 1 >= to ? null : byFirstTwo[c >= 'A' && c <= 'Z' ? c + 32 : c];
                if (second != null && text[i + 1] < 128) {
                    char d = text[i + 1];
                    int[] candidates = second[d >= 'A' && d <= 'Z' ? d + 32 : d];
                    if (candidates != null) {
                        for (int id : candidates) {
                            if (matchesAt(text, i, to, literalChars[id])) {
                                bits |= 1L << (FIRST_LITERAL_BIT + id);
                            }
                        }
                    }
                }
                afterWord = ASCII_LETTER_OR_DIGIT[c];
            } else {
                if (c == 'Δ' || c == 'λ') {
                    bits |= GREEK;
                } else if (c == '’' && i + 2 < to && (text[i + 1] | 32) == 'l' && (text[i + 2] | 32) == 'l') {
                    bits |= APOSTROPHE_LL;
                }
                afterWord = c < 256 ? LATIN1_LETTER_OR_DIGIT[c - 128] : Character.isLetterOrDigit(c);
            }
        }
        return bits;
    }

    /** Character.isLetterOrDigit of ASCII, and of the rest of Latin-1 ("São", "Zürich"), as tables: this runs per character. */
    private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];
    private static final boolean[] LATIN1_LETTER_OR_DIGIT = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
            LATIN1_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit((char) (c + 128));
        }
    }

    /** ASCII case-insensitive match of a lower-case literal at text[i]. */
    private static boolean matchesAt(char[] text, int i, int to, char[] lit) {
        if (i + lit.length > to) {
            return false;
        }
        for (int k = 1; k < lit.length; k++) {
            char c = text[i + k];
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != lit[k]) {
                return false;
            }
        }
        return true;
    }

    /** "'ll" or "’ll" ("we'll"), wherever it stands: it follows a letter, where no literal is looked for. */
    static final long APOSTROPHE_LL = 1L << 5;
}
