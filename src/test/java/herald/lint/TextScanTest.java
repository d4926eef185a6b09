package herald.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import herald.wording.WordingTexts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TextScan, which tracks whether the previous character was a letter or digit from tables
 * instead of asking Character about it at each literal's first letter, gives on generated text the
 * signals of the scan it replaced (kept here as the reference), with the wording rules' literals.
 */
class TextScanTest {
    /** The wording rules' own literals, in their order: the list cannot drift from what the lint registers. */
    private static final List<String> LITERALS = Wording.SCAN.literals();

    @Test
    void signalsAreTheOldScans() {
        TextScan scan = new TextScan();
        OldTextScan old = new OldTextScan();
        for (String literal : LITERALS) {
            assertEquals(old.literal(literal), scan.literal(literal));
        }
        for (long seed = 0; seed < 3000; seed++) {
            String text = WordingTexts.text(seed, 40);
            assertEquals(old.scan(text, 0, text.length()), scan.scan(text, 0, text.length()), "seed " + seed);
        }
    }

    @Test
    void literalsCountWhereAWordStarts() {
        TextScan scan = new TextScan();
        long will = scan.literal("will");
        long back = scan.literal("back");
        assertEquals(will | TextScan.DIGIT, scan.scan("Zürich Will be 9", 0, 16));
        assertEquals(0, scan.scan("ZüWill xback éback", 0, 18) & (will | back), "after a letter, ASCII or not");
        assertEquals(back, scan.scan("(back)", 0, 6));
    }

    /** TextScan as it was before the tables (the reference). */
    private static final class OldTextScan {
        static final long DIGIT = 1L;
        static final long PERCENT = 1L << 1;
        static final long ANGLE = 1L << 2;
        static final long PLACEHOLDER = 1L << 3;
        static final long GREEK = 1L << 4;
        /** Bits from here on are the literals, in the order they were registered. */
        private static final int FIRST_LITERAL_BIT = 8;

        private final List<String> literals = new ArrayList<>();
        private char[][] literalChars = new char[0][];
        private final int[][] byFirstChar = new int[128][];

        /** Registers a literal (lower-case ASCII) and returns its bit. */
        long literal(String lower) {
            int id = literals.size();
            if (FIRST_LITERAL_BIT + id >= 64) {
                throw new IllegalStateException("too many literals");
            }
            literals.add(lower);
            literalChars = Arrays.copyOf(literalChars, literals.size());
            literalChars[id] = lower.toCharArray();
            char c = lower.charAt(0);
            int[] old = byFirstChar[c];
            int[] now = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
            now[now.length - 1] = id;
            byFirstChar[c] = now;
            return 1L << (FIRST_LITERAL_BIT + id);
        }

        /** One copy buffer per thread: the lint scans in parallel and scans a lot of text. */
        private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[4096]);

        /** The signals in s[start, end). */
        long scan(String s, int start, int end) {
            // one bulk copy, then plain array reads: String.charAt's per-call bounds and coder checks
            // dominated the lint of a large site before the JIT had warmed up
            char[] text = BUFFER.get();
            if (text.length < end - start) {
                text = new char[Math.max(end - start, text.length * 2)];
                BUFFER.set(text);
            }
            s.getChars(start, end, text, 0);
            int from = 0;
            int to = end - start;
            long bits = 0;
            for (int i = from; i < to; i++) {
                char c = text[i];
                if (c < 128) {
                    if (c >= '0' && c <= '9') {
                        bits |= DIGIT;
                        continue;
                    }
                    char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                    switch (c) {
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
                    // literals are word prefixes: only look where a word starts
                    int[] candidates = byFirstChar[lower];
                    if (candidates != null && (i == from || !isWordChar(text[i - 1]))) {
                        for (int id : candidates) {
                            if (matchesAt(text, i, to, literalChars[id])) {
                                bits |= 1L << (FIRST_LITERAL_BIT + id);
                            }
                        }
                    }
                } else if (c == 'Δ' || c == 'λ') {
                    bits |= GREEK;
                } else if (c == '’' && i + 2 < to && (text[i + 1] | 32) == 'l' && (text[i + 2] | 32) == 'l') {
                    bits |= APOSTROPHE_LL;
                }
                // the one change of behaviour since: an ASCII "'ll" counts after a letter too ("we'll"), as "’ll" did
                if (c == '\'' && i + 2 < to && (text[i + 1] | 32) == 'l' && (text[i + 2] | 32) == 'l') {
                    bits |= APOSTROPHE_LL;
                }
            }
            return bits;
        }

        private static boolean isWordChar(char p) {
            if (p < 128) {
                return p >= 'a' && p <= 'z' || p >= 'A' && p <= 'Z' || p >= '0' && p <= '9';
            }
            return Character.isLetterOrDigit(p);
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

        /** "’ll" with a typographic apostrophe (outside ASCII, so not a registered literal). */
        static final long APOSTROPHE_LL = 1L << 5;
}
}
