package herald.wording;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Where {@link UpdateAnnouncements} tries its pattern: only where a lead's first word starts, up
 * to the noun, so that a body costs what its few candidate words cost rather than a find() over
 * the whole window around each "update". Gives exactly the match find() gave (AnnouncementSearchTest).
 */
final class AnnouncementSearch {
    private AnnouncementSearch() {
    }

    /**
     * The first words of the leads (NEXT_LEAD, VERB_LEAD, NOUN_LEAD), each followed in the lead by
     * white space, an apostrophe or a word boundary, so by no ASCII letter: a lead starts only where
     * the run of ASCII letters is one of them.
     */
    private static final Set<String> LEAD_WORDS = Set.of("the", "our", "next", "we", "i", "a", "an", "another", "further",
            "additional", "more", "detailed", "full", "brief", "short", "quick", "public", "status", "progress", "new",
            "update", "updates", "checkpoint", "checkpoints");
    private static final int LONGEST_LEAD_WORD = 11;

    /**
     * The first index in [from, last] where an announcement can start: a run of ASCII letters that
     * is one of the leads' first words, in any case (the pattern's case folding is ASCII only), not
     * right after an ASCII letter, digit or '_' (a word character to every JDK's \b, so the lead's
     * \b fails there), or -1. Trying the pattern only there, and only up to the noun, finds the
     * same match as a find() that tries every position up to the end of the window.
     */
    static int leadStart(String text, int from, int last) {
        int n = text.length();
        for (int i = from; i <= last; i++) {
            if (!asciiLetter(text.charAt(i)) || i > 0 && asciiWordChar(text.charAt(i - 1))) {
                continue;
            }
            int end = i + 1;
            while (end < n && end - i <= LONGEST_LEAD_WORD && asciiLetter(text.charAt(end))) {
                end++;
            }
            if (end - i <= LONGEST_LEAD_WORD && LEAD_WORDS.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                return i;
            }
            i = end - 1; // the rest of the run follows a letter: no lead starts there
        }
        return -1;
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * The first match of {@code m}'s pattern that starts in [from, last] and ends by {@code to}
     * (then {@code m} holds it), as {@code m.region(from, to).find()} with a start up to last.
     */
    static boolean firstMatch(Matcher m, String text, int from, int last, int to) {
        for (int start = leadStart(text, from, last); start >= 0; start = leadStart(text, start + 1, last)) {
            m.region(start, to);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean asciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
