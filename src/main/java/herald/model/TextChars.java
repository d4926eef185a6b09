package herald.model;

import java.util.Locale;

/**
 * The characters no content text may hold and no output file may carry: control characters other
 * than tab and newline (C0, DEL and C1), halves of surrogate pairs that lack their other half, the
 * Unicode line and paragraph separators (U+2028, U+2029) and noncharacters (U+FFFE, U+FFFF,
 * U+FDD0..U+FDEF and the last two of every plane). None is
 * ever meant in a status update, none shows in a page, and XML 1.0, iCalendar and strict JSON
 * readers reject most of them. The loader refuses them as findings; the writers replace any that
 * still arrive (a bug) with U+FFFD, so a feed can never be unreadable.
 */
public final class TextChars {
    private static final char REPLACEMENT = '\uFFFD';

    private TextChars() {
    }

    /** Whether a code point may appear in content text and output. */
    public static boolean allowed(int cp) {
        if (cp == '\t' || cp == '\n') {
            return true;
        }
        if (cp < 0x20 || cp >= 0x7F && cp <= 0x9F) {
            return false;
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            return false; // a lone half: a well-formed pair is one code point above U+FFFF
        }
        if (cp == 0x2028 || cp == 0x2029) {
            return false; // YAML reads them as line breaks, editors do not: every later line number would be off
        }
        if (cp >= 0xFDD0 && cp <= 0xFDEF) {
            return false;
        }
        return (cp & 0xFFFE) != 0xFFFE;
    }

    /** Index of the first character of {@code s} at or after {@code from} that is not allowed, or -1. */
    public static int firstForbidden(String s, int from) {
        // on a String, not a CharSequence: String.charAt is bound statically and inlined, where
        // CharSequence.charAt is an interface call per character (this reads every file whole)
        int n = s.length();
        for (int i = from; i < n; ) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F || c == '\n') {
                i++; // the common case, without code point arithmetic
                continue;
            }
            int cp = s.codePointAt(i);
            if (!allowed(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** How a finding names the character: {@code U+0007 (a control character, ^G)}. */
    public static String describe(int cp) {
        String code = String.format(Locale.ROOT, "U+%04X", cp);
        if (cp < 0x20) {
            return code + " (a control character, ^" + (char) (cp + 64) + ")";
        }
        if (cp == 0x7F) {
            return code + " (a control character, ^?)";
        }
        if (cp >= 0x80 && cp <= 0x9F) {
            return code + " (a control character)";
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            return code + " (half of a surrogate pair, without its other half)";
        }
        if (cp == 0x2028 || cp == 0x2029) {
            return code + " (a Unicode " + (cp == 0x2028 ? "line" : "paragraph") + " separator, which YAML reads as a line break)";
        }
        return code + " (a Unicode noncharacter)";
    }

    /**
     * {@code s} with every character that is not allowed replaced by U+FFFD; carriage returns are
     * kept when {@code keepCarriageReturn} (line ends of formats that use CRLF). Returns {@code s}
     * itself when there is nothing to replace.
     */
    public static String replaceForbidden(String s, boolean keepCarriageReturn) {
        int first = nextToReplace(s, 0, keepCarriageReturn);
        if (first < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (first >= 0) {
            sb.append(s, i, first).append(REPLACEMENT);
            i = first + Character.charCount(s.codePointAt(first));
            first = nextToReplace(s, i, keepCarriageReturn);
        }
        return sb.append(s, i, s.length()).toString();
    }

    private static int nextToReplace(String s, int from, boolean keepCarriageReturn) {
        int i = firstForbidden(s, from);
        while (i >= 0 && keepCarriageReturn && s.charAt(i) == '\r') {
            i = firstForbidden(s, i + 1);
        }
        return i;
    }
}
