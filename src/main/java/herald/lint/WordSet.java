package herald.lint;

import java.util.Locale;
import java.util.Set;

/** A tiny case-insensitive word set that checks a slice of a text without allocating. */
final class WordSet {
    private final long[] hashes;
    private final String[] words;

    WordSet(Set<String> lowerCaseWords) {
        // sorted by hash, so a look-up is a binary search
        this.words = lowerCaseWords.stream()
                .sorted(java.util.Comparator.comparingLong((String w) -> hash(w, 0, w.length())))
                .toArray(String[]::new);
        this.hashes = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            hashes[i] = hash(words[i], 0, words[i].length());
        }
    }

    private static long hash(CharSequence s, int from, int to) {
        long h = 1125899906842597L;
        for (int i = from; i < to; i++) {
            h = 31 * h + Character.toLowerCase(s.charAt(i));
        }
        return h;
    }

    /** Whether text[from, to) is one of the words, ignoring case. */
    static boolean contains(WordSet set, String text, int from, int to) {
        long h = hash(text, from, to);
        int i = java.util.Arrays.binarySearch(set.hashes, h);
        return i >= 0 && set.words[i].length() == to - from && text.regionMatches(true, from, set.words[i], 0, to - from);
    }

    @Override
    public String toString() {
        return String.join(",", words).toLowerCase(Locale.ROOT);
    }
}
