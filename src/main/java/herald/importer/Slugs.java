package herald.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Ids from titles and names: lower-case ASCII letters, digits and hyphens. Accents go (NFKD), the
 * Latin letters that do not decompose and Greek and Cyrillic are transliterated; a title with nothing
 * left (Chinese, emoji only) gets a short hash of itself, so its id is valid, stable and unique
 * enough. (ICU4J's transliterator would cover every script, but it is 13 MB for file names.)
 */
final class Slugs {
    static final int MAX = 48;
    private static final Map<Character, String> LETTERS = letters();

    private Slugs() {
    }

    private static Map<Character, String> letters() {
        java.util.HashMap<Character, String> m = new java.util.HashMap<>();
        String[] pairs = {"ß", "ss", "æ", "ae", "ø", "o", "œ", "oe", "ł", "l", "đ", "d", "ð", "d", "þ", "th", "ı", "i", "ħ", "h",
            "ŋ", "ng", "ĸ", "k", "ŀ", "l", "&", "and", "+", "plus", "@", "at"};
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i].charAt(0), pairs[i + 1]);
        }
        String greek = "αaβbγgδdεeζzηiθthιiκkλlμmνnξxοoπpρrσsςsτtυyφfχchψpsωo";
        for (int i = 0; i < greek.length(); ) {
            char g = greek.charAt(i++);
            int j = i;
            while (j < greek.length() && greek.charAt(j) < 0x80) {
                j++;
            }
            m.put(g, greek.substring(i, j));
            i = j;
        }
        String[] cyrillic = {"а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "e", "ж", "zh", "з", "z", "и", "i",
            "й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u", "ф", "f",
            "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "yu", "я", "ya",
            "і", "i", "ї", "yi", "є", "ye", "ґ", "g"};
        for (int i = 0; i < cyrillic.length; i += 2) {
            m.put(cyrillic[i].charAt(0), cyrillic[i + 1]);
        }
        return Map.copyOf(m);
    }

    /** The slug of {@code title}: transliterated, or {@code fallback}-hash when no letter or digit is left. */
    static String of(String title, String fallback) {
        String lower = title.toLowerCase(Locale.ROOT);
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String t = LETTERS.get(c);
            latin.append(t == null ? String.valueOf(c) : Character.isLetter(c) ? t : " " + t + " ");
        }
        String ascii = Normalizer.normalize(latin.toString(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX) {
            s = s.substring(0, MAX);
            int cut = s.lastIndexOf('-');
            s = cut > MAX / 2 ? s.substring(0, cut) : s.replaceAll("-+$", "");
        }
        return s.isEmpty() ? fallback + "-" + hash(title) : s;
    }

    /** The first 8 hex digits of the text's SHA-256. */
    static String hash(String text) {
        return sha256(text, 4);
    }

    /** The first {@code bytes} bytes of the text's SHA-256, in hex. */
    static String sha256(String text, int bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
