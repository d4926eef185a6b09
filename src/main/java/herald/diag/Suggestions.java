package herald.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt keys, values and ids. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The closest allowed key to a misspelt one, if any is close enough to be a likely typo. */
    public static Optional<String> closest(String key, Collection<String> allowed) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.length() < 3) {
            return Optional.empty(); // "S5" is not a typo of "S1"
        }
        return allowed.stream()
                .filter(a -> {
                    String l = a.toLowerCase(Locale.ROOT);
                    return l.equals(k) || distance(l, k) <= Math.max(1, Math.min(3, a.length() / 3))
                            || (k.length() >= 4 && (l.startsWith(k) || k.startsWith(l)));
                })
                .min(Comparator.comparingInt((String a) -> distance(a.toLowerCase(Locale.ROOT), k)).thenComparing(a -> a));
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
