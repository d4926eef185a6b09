package herald.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A seeded generator of bad input: the example content with one to three mutations (byte flips,
 * truncation, deleted, duplicated and swapped lines, type changes, control characters, odd
 * timestamps and offsets, huge numbers, indentation and YAML syntax noise, hostile links and
 * markup, empty values). The same seed always gives the same input, so a failure replays from its
 * seed alone. Used by the whole-program fuzz test and by the differential test of the YAML readers.
 */
public final class ContentMutations {
    /**
     * One generated input: the files it replaces (path relative to the project, new bytes, or null
     * where the file becomes a folder of the same name, which cannot be read) and what was done.
     */
    public record Mutant(long seed, Map<String, byte[]> files, List<String> steps) {
        public String describe() {
            StringBuilder sb = new StringBuilder("seed " + seed + ": " + String.join("; ", steps));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                String text = f.getValue() == null ? "(a folder)" : new String(f.getValue(), StandardCharsets.UTF_8);
                sb.append("\n-- ").append(f.getKey()).append(" --\n").append(text.length() > 4000 ? text.substring(0, 4000) + "…" : text);
            }
            return sb.toString();
        }
    }

    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(?::\\d\\d)?(?:Z|[+-]\\d\\d:\\d\\d)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern KEY_VALUE = Pattern.compile("(?m)^(\\s*(?:- )?[A-Za-z][A-Za-z0-9_]*:)( .*)?$");
    private static final Pattern URL = Pattern.compile("https?://[^\\s,}\\]]+");
    private static final String[] FORBIDDEN = {"\u0000", "\u0001", "\u0007", "\u000b", "\u000c", "\u001b", "\u007f", "\u0085", "\u009f",
        "\ufffe", "\uffff", "\ud800", "\udc00", "\r", "\t"};
    private static final String[] ESCAPES = {"\\u0001", "\\x07", "\\e", "\\0", "\\uFFFE", "\\ud800", "\\N", "\\r", "\\t", "\\U0001F600", "\\z"};
    private static final String[] VALUES = {"[a, b]", "{x: 1}", "\"\"", "''", "~", "null", "[]", "{}", "", " ", "123", "-1", "true", "|",
        ">-", "|\n  block text", "\n  nested: value", "\n  - item", "'quoted ''single'''", "\"double \\\" quote\"", "&anchor value",
        "*alias", "!!str tagged", "!!binary aGVsbG8=", "? complex", "[unclosed", "{unclosed: 1", "a: b", "#comment", "x #comment",
        "2026-11-27T14:39:00+18:30", "-2026-11-26T10:00:00Z", "99999999999999999999", "1e400", "0x1F", "1_000", "S9", "resolved",
        "javascript:alert(1)", "<script>alert(1)</script>", "[x](javascript:alert(1))", "&#7;", "😀 emoji", "\u202eRTL", "\u2028"};
    private static final String[] NOISE = {": ", " #", "&a ", "*a", "!!str ", "'", "\"", "|", ">", "? ", "- ", "[", "]", "{", "}", "%",
        "@", "`", "\n---\n", "\n...\n", "\\", ",", "\n", "  ", "\u00a0", "\ufeff", "<b>", "{{effect}}", "TODO", "ETA 15:00"};
    private static final String[] HOSTILE_URLS = {"javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "ftp://x.example/",
        "https://x.example/\"><script>", " https://x.example/", "https://", "//x.example/", "https://x.example/?q=1#f", "mailto:a@b.example"};

    private final Map<String, String> originals;
    private final List<String> paths;

    /** @param originals path relative to the project ("content/site.yaml") to its text */
    public ContentMutations(Map<String, String> originals) {
        this.originals = new TreeMap<>(originals);
        this.paths = List.copyOf(this.originals.keySet());
    }

    /** The bundled example: every file under content/ of this repository. */
    public static ContentMutations ofExample() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(p.toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContentMutations(files);
    }

    public Map<String, String> originals() {
        return originals;
    }

    /** The input of a seed: one or two files of the example, each with one to three mutations. */
    public Mutant generate(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> steps = new ArrayList<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        int count = r.nextInt(10) == 0 ? 2 : 1;
        if (r.nextInt(100) == 0) {
            String path = pickFile(r);
            steps.add(path + ": becomes a folder");
            files.put(path, null);
            return new Mutant(seed, files, steps);
        }
        for (int f = 0; f < count; f++) {
            String path = pickFile(r);
            String text = files.containsKey(path) ? new String(files.get(path), StandardCharsets.UTF_8) : originals.get(path);
            byte[] bytes = mutateBytes(text, r, steps, path);
            files.put(path, bytes);
        }
        return new Mutant(seed, files, steps);
    }

    /** Most inputs mutate an incident, the kind of file people write most; site.yaml and maintenance too. */
    private String pickFile(SplittableRandom r) {
        int roll = r.nextInt(10);
        if (roll == 0 && originals.containsKey("content/site.yaml")) {
            return "content/site.yaml";
        }
        return paths.get(r.nextInt(paths.size()));
    }

    private byte[] mutateBytes(String text, SplittableRandom r, List<String> steps, String path) {
        int n = 1 + r.nextInt(3);
        String t = text;
        byte[] raw = null;
        for (int i = 0; i < n; i++) {
            if (r.nextInt(12) == 0) { // byte level: may break UTF-8, which the loader must report as such
                byte[] b = raw != null ? raw : t.getBytes(StandardCharsets.UTF_8);
                raw = r.nextBoolean() ? flip(b, r, steps, path) : truncate(b, r, steps, path);
                continue;
            }
            if (raw != null) {
                t = new String(raw, StandardCharsets.UTF_8);
                raw = null;
            }
            t = mutateText(t, r, steps, path);
        }
        return raw != null ? raw : t.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] flip(byte[] b, SplittableRandom r, List<String> steps, String path) {
        if (b.length == 0) {
            return b;
        }
        byte[] out = b.clone();
        int at = r.nextInt(out.length);
        int bit = 1 << r.nextInt(8);
        out[at] ^= (byte) bit;
        steps.add(path + ": flip bit " + bit + " of byte " + at);
        return out;
    }

    private static byte[] truncate(byte[] b, SplittableRandom r, List<String> steps, String path) {
        int at = b.length == 0 ? 0 : r.nextInt(b.length);
        steps.add(path + ": truncate at byte " + at);
        return java.util.Arrays.copyOf(b, at);
    }

    /** One text mutation, chosen by weight; public for the YAML differential test. */
    public String mutateText(String t, SplittableRandom r, List<String> steps, String where) {
        int kind = r.nextInt(16);
        return switch (kind) {
            case 0 -> lines(t, r, steps, where, "delete");
            case 1 -> lines(t, r, steps, where, "duplicate");
            case 2 -> lines(t, r, steps, where, "swap");
            case 3, 4 -> replaceValue(t, r, steps, where, VALUES[r.nextInt(VALUES.length)]);
            case 5 -> replaceValue(t, r, steps, where, r.nextBoolean() ? "" : " ");
            case 6 -> insert(t, r, steps, where, FORBIDDEN[r.nextInt(FORBIDDEN.length)]);
            case 7 -> replaceValue(t, r, steps, where, "\"a" + ESCAPES[r.nextInt(ESCAPES.length)] + "b\"");
            case 8, 9 -> oddTimestamp(t, r, steps, where);
            case 10 -> hugeNumber(t, r, steps, where);
            case 11 -> indentation(t, r, steps, where);
            case 12, 13 -> insert(t, r, steps, where, NOISE[r.nextInt(NOISE.length)]);
            case 14 -> hostileUrl(t, r, steps, where);
            default -> insert(t, r, steps, where, VALUES[r.nextInt(VALUES.length)]);
        };
    }

    private static String lines(String t, SplittableRandom r, List<String> steps, String where, String what) {
        List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
        if (lines.size() < 2) {
            return t;
        }
        int a = r.nextInt(lines.size());
        int b = r.nextInt(lines.size());
        switch (what) {
            case "delete" -> lines.remove(a);
            case "duplicate" -> lines.add(b, lines.get(a));
            default -> {
                String x = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, x);
            }
        }
        steps.add(where + ": " + what + " line " + (a + 1) + (what.equals("delete") ? "" : " and " + (b + 1)));
        return String.join("\n", lines);
    }

    private static String insert(String t, SplittableRandom r, List<String> steps, String where, String what) {
        int at = t.isEmpty() ? 0 : r.nextInt(t.length() + 1);
        steps.add(where + ": insert " + visible(what) + " at offset " + at);
        return t.substring(0, at) + what + t.substring(at);
    }

    /** The value of a random "key: value" line becomes another value (a type change, an empty value, an escape). */
    private static String replaceValue(String t, SplittableRandom r, List<String> steps, String where, String value) {
        List<int[]> spots = new ArrayList<>();
        Matcher m = KEY_VALUE.matcher(t);
        while (m.find()) {
            spots.add(new int[] {m.end(1), m.end()});
        }
        if (spots.isEmpty()) {
            return insert(t, r, steps, where, value);
        }
        int[] s = spots.get(r.nextInt(spots.size()));
        steps.add(where + ": value at offset " + s[0] + " becomes " + visible(value));
        return t.substring(0, s[0]) + (value.isEmpty() || value.startsWith("\n") ? value : " " + value) + t.substring(s[1]);
    }

    private static String oddTimestamp(String t, SplittableRandom r, List<String> steps, String where) {
        List<int[]> spots = spots(TIMESTAMP, t);
        if (spots.isEmpty()) {
            return insert(t, r, steps, where, "2026-11-27T14:39:00+18:30");
        }
        int[] s = spots.get(r.nextInt(spots.size()));
        String ts = t.substring(s[0], s[1]);
        String date = ts.substring(0, 10);
        String time = ts.substring(11, 16);
        String odd = switch (r.nextInt(8)) {
            case 0 -> date + "T" + time + sign(r) + two(r.nextInt(100)) + ":" + two(r.nextInt(100));
            case 1 -> date + "T" + time + sign(r) + "18:" + two(1 + r.nextInt(59));
            case 2 -> (r.nextBoolean() ? "-" : "+") + ts;
            case 3 -> (1 + r.nextInt(9)) + ts;
            case 4 -> date + "T" + time;
            case 5 -> date + " " + time + "Z";
            case 6 -> two(r.nextInt(100)) + two(r.nextInt(100)) + "-" + two(r.nextInt(100)) + "-" + two(r.nextInt(100)) + "T"
                    + two(r.nextInt(100)) + ":" + two(r.nextInt(100)) + ":" + two(r.nextInt(100)) + "Z";
            default -> date + "T" + time + ":00." + r.nextInt(1_000_000_000) + "Z";
        };
        steps.add(where + ": timestamp " + ts + " becomes " + odd);
        return t.substring(0, s[0]) + odd + t.substring(s[1]);
    }

    private static String sign(SplittableRandom r) {
        return r.nextBoolean() ? "+" : "-";
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String hugeNumber(String t, SplittableRandom r, List<String> steps, String where) {
        List<int[]> spots = spots(NUMBER, t);
        if (spots.isEmpty()) {
            return t;
        }
        int[] s = spots.get(r.nextInt(spots.size()));
        String[] huge = {"99999999999999999999", "2147483648", "9223372036854775808", "0", "00", "-1", "1e400", "4294967296", "99999"};
        String v = huge[r.nextInt(huge.length)];
        steps.add(where + ": number " + t.substring(s[0], s[1]) + " at offset " + s[0] + " becomes " + v);
        return t.substring(0, s[0]) + v + t.substring(s[1]);
    }

    private static String indentation(String t, SplittableRandom r, List<String> steps, String where) {
        List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
        int a = r.nextInt(lines.size());
        String line = lines.get(a);
        int change = r.nextInt(5);
        String changed = switch (change) {
            case 0 -> " " + line;
            case 1 -> "   " + line;
            case 2 -> line.startsWith(" ") ? line.substring(1) : line;
            case 3 -> "\t" + line;
            default -> line.strip();
        };
        lines.set(a, changed);
        steps.add(where + ": indentation of line " + (a + 1) + " (change " + change + ")");
        return String.join("\n", lines);
    }

    private static String hostileUrl(String t, SplittableRandom r, List<String> steps, String where) {
        List<int[]> spots = spots(URL, t);
        String url = HOSTILE_URLS[r.nextInt(HOSTILE_URLS.length)];
        if (spots.isEmpty()) {
            return insert(t, r, steps, where, "[link](" + url + ")");
        }
        int[] s = spots.get(r.nextInt(spots.size()));
        steps.add(where + ": URL " + t.substring(s[0], s[1]) + " becomes " + visible(url));
        return t.substring(0, s[0]) + url + t.substring(s[1]);
    }

    /** Where a pattern matches: start and end of each match. */
    private static List<int[]> spots(Pattern p, String t) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(t);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** A readable form of a mutation's text: control characters as \\uXXXX. */
    static String visible(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0xd800 && c <= 0xdfff || c >= 0xfffe) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
