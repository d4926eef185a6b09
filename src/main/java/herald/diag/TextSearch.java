package herald.diag;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a phrase in raw YAML source where line breaks and indentation may differ from the value. */
final class TextSearch {
    private TextSearch() {
    }

    /** {start, end} of the first occurrence of needle in haystack, whitespace-insensitive; null if absent. */
    static int[] find(String haystack, String needle) {
        if (haystack.isEmpty() || needle.isBlank()) {
            return null;
        }
        int plain = haystack.indexOf(needle);
        if (plain >= 0) {
            return new int[] {plain, plain + needle.length()};
        }
        String[] words = needle.trim().split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(words[i]));
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(haystack);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }
}
