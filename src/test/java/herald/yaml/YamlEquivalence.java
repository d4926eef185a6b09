package herald.yaml;

import herald.yaml.YNode.YEntry;
import herald.yaml.YNode.YMap;
import herald.yaml.YNode.YScalar;
import herald.yaml.YNode.YSeq;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Issue 13 point 4: holds the three YAML readers to one another. For every front matter (and
 * site.yaml) under the given folders, the tree of {@link JacksonYaml#readFull} (Jackson over
 * SnakeYAML, the reference), of {@link EngineYaml} (snakeyaml-engine) and of {@link YamlReader#read}
 * (FastYaml first) are dumped with kinds, keys, texts, positions and offsets, or as the problem's
 * position and message, and compared. With {@code --fuzz N} it also compares N random mutations of
 * those files (characters that matter to YAML inserted, deleted or swapped, lines duplicated), the
 * inputs where errors, aliases and odd columns show.
 *
 * <p>Run: {@code java -cp ... herald.content.YamlEquivalence [--fuzz N] [--show K] DIR...}
 */
public final class YamlEquivalence {
    private YamlEquivalence() {
    }

    interface Reader {
        YamlDocument read(String text, int shift) throws YamlProblem;
    }

    /** A dump of what a reader made of the text: the tree, or the problem. */
    static String outcome(Reader r, String text, int shift) {
        try {
            StringBuilder sb = new StringBuilder();
            dump(r.read(text, shift).root(), sb, "");
            return sb.toString();
        } catch (YamlProblem p) {
            return "PROBLEM@" + p.pos().line() + ":" + p.pos().column() + " " + p.getMessage();
        } catch (RuntimeException e) {
            return "CRASH " + e;
        }
    }

    static void dump(YNode n, StringBuilder sb, String indent) {
        String at = "@" + n.pos().line() + ":" + n.pos().column() + "/" + n.offset();
        if (n instanceof YMap m) {
            sb.append("map").append(at).append('\n');
            for (YEntry e : m.entries()) {
                sb.append(indent).append("  ").append(e.key()).append('@').append(e.keyPos().line()).append(':')
                        .append(e.keyPos().column()).append(" = ");
                dump(e.value(), sb, indent + "  ");
            }
        } else if (n instanceof YSeq s) {
            sb.append("seq").append(at).append('\n');
            for (YNode i : s.items()) {
                sb.append(indent).append("  - ");
                dump(i, sb, indent + "  ");
            }
        } else {
            YScalar s = (YScalar) n;
            sb.append(s.isNull() ? "null" : "\"" + s.text().replace("\n", "\\n") + "\"").append(at).append('\n');
        }
    }

    /** The YAML of a content file (front matter), or the whole text of a .yaml file. */
    static String yamlOf(Path p) throws IOException {
        String text = Files.readString(p);
        if (p.toString().endsWith(".yaml")) {
            return text;
        }
        int close = text.indexOf("\n---", 3);
        return text.startsWith("---\n") && close > 0 ? text.substring(4, close + 1) : null;
    }

    /** One comparison: null when all agree, else a description of the first difference. */
    static String compare(String yaml) {
        String full = outcome(JacksonYaml::readFull, yaml, 1);
        String engine = outcome(EngineYaml::read, yaml, 1);
        String today = outcome(YamlReader::read, yaml, 1);
        StringBuilder diff = new StringBuilder();
        if (!full.equals(engine)) {
            diff.append("engine vs jackson: ").append(firstDifference(full, engine)).append('\n');
        }
        if (!full.equals(today)) {
            diff.append("fastyaml path vs jackson: ").append(firstDifference(full, today)).append('\n');
        }
        return diff.length() == 0 ? null : diff.toString();
    }

    /** A short category of a difference, to count them. */
    static String category(String yaml, String a, String b) {
        boolean pa = a.startsWith("PROBLEM"), pb = b.startsWith("PROBLEM");
        if (pa && pb) {
            String posA = a.substring(0, a.indexOf(' ')), posB = b.substring(0, b.indexOf(' '));
            return posA.equals(posB) ? "both refuse, same position, other message" : "both refuse, other position";
        }
        if (pa != pb) {
            return pa ? "jackson refuses, other reads" : "jackson reads, other refuses";
        }
        String[] la = a.split("\n"), lb = b.split("\n");
        if (la.length != lb.length) {
            return "trees differ in shape";
        }
        for (int i = 0; i < la.length; i++) {
            if (!la[i].equals(lb[i])) {
                String sa = la[i].replaceAll("@\\d+:\\d+(/\\d+)?", "@");
                String sb = lb[i].replaceAll("@\\d+:\\d+(/\\d+)?", "@");
                if (sa.equals(sb)) {
                    return la[i].trim().startsWith("null") || la[i].endsWith("= null") || la[i].contains(" = null@")
                            ? "position of a null (empty) value" : "position differs";
                }
                return "value differs";
            }
        }
        return "other";
    }

    private static String firstDifference(String a, String b) {
        String[] la = a.split("\n"), lb = b.split("\n");
        for (int i = 0; i < Math.max(la.length, lb.length); i++) {
            String x = i < la.length ? la[i] : "<none>", y = i < lb.length ? lb[i] : "<none>";
            if (!x.equals(y)) {
                return "\n    reference: " + x.trim() + "\n    candidate: " + y.trim();
            }
        }
        return "(same lines)";
    }

    static String mutate(String yaml, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(yaml);
        String[] bits = {": ", ":", "\t", "  ", " ", "\n", "- ", "&a ", "*a", "'", "\"", "#", "[", "]", "{", "}", ",",
            "|", ">", "?", "!!str ", "~", "---\n", "\\", "é", "🚀", "\n  ", "null", "key: \n", "x:\n"};
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = random.nextInt(sb.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> sb.insert(at, bits[random.nextInt(bits.length)]);
                case 1 -> sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(3)));
                case 2 -> {
                    // duplicate a line (duplicate keys)
                    int ls = sb.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
                    int le = sb.indexOf("\n", at);
                    if (le > ls) {
                        sb.insert(le + 1, sb.substring(ls, le + 1));
                    }
                }
                default -> sb.replace(at, Math.min(sb.length(), at + 1), bits[random.nextInt(bits.length)]);
            }
        }
        return sb.toString();
    }

    /** The lines of the YAML around the first difference (file lines: YAML line + 1), and the difference. */
    static String excerpt(String yaml, String a, String b) {
        String d = firstDifference(a, b);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("@(\\d+):").matcher(d);
        int line = m.find() ? Integer.parseInt(m.group(1)) : 2;
        String[] ls = yaml.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, line - 5); i < Math.min(ls.length, line + 1); i++) {
            sb.append(String.format("  %4d| %s%n", i + 2, ls[i].replace("\t", "<TAB>")));
        }
        return sb.append("  ->").append(d).toString();
    }

    /** Hand-picked cases: empty values, duplicate keys, aliases, tabs, errors. */
    static final String[] SNIPPETS = {
        "a: \nb: 1\n", "a:\nb: 1\n", "a:   # note\nb: 1\n", "a: ''\nb: \"\"\n", "a: |\nb: 1\n", "a: ~\nb: null\n",
        "a: 1\na: 2\n", "x:\n  a: 1\n  a: 2\n", "a: &x 1\nb: *x\n", "*x : 1\n", "a: [*x]\n",
        "a:\n\tb: 1\n", "a:\tb\n", "title: Update: slow\n", "a: [1, 2\n", "a: \"open\n", "a: 1\n---\nb: 2\n",
        "- a\n- b\n", "a: b\n  c: d\n", "components: [a?b]\n", "[a]: 1\n", "a: !!str\n", "a: é🚀: x\n",
        "k: 🚀\nv: \n",
    };

    static void snippets() {
        for (String y : SNIPPETS) {
            System.out.println("SNIPPET " + y.replace("\n", "\\n").replace("\t", "\\t"));
            System.out.println("  jackson:  " + outcome(JacksonYaml::readFull, y, 1).replace("\n", " | "));
            System.out.println("  engine:   " + outcome(EngineYaml::read, y, 1).replace("\n", " | "));
            System.out.println("  fastyaml: " + outcome((t, sh) -> {
                YamlDocument d = FastYaml.read(t, sh);
                if (d == null) {
                    throw new YamlProblem(new herald.diag.Pos(0, 0), "(declined: full parser)");
                }
                return d;
            }, y, 1).replace("\n", " | "));
        }
    }

    public static void main(String[] args) throws IOException {
        int fuzz = 0;
        int show = 10;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--fuzz" -> fuzz = Integer.parseInt(args[++i]);
                case "--show" -> show = Integer.parseInt(args[++i]);
                case "--snippets" -> snippets();
                default -> {
                    try (Stream<Path> s = Files.walk(Path.of(args[i]))) {
                        files.addAll(s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).sorted().toList());
                    }
                }
            }
        }
        List<String> yamls = new ArrayList<>();
        int mismatches = 0;
        for (Path p : files) {
            String yaml = yamlOf(p);
            if (yaml == null) {
                continue;
            }
            yamls.add(yaml);
            String d = compare(yaml);
            if (d != null) {
                mismatches++;
                if (mismatches <= show) {
                    System.out.println("MISMATCH " + p + "\n" + d);
                }
            }
        }
        System.out.println("files: " + yamls.size() + ", mismatches: " + mismatches);
        if (fuzz > 0) {
            fuzz(yamls, fuzz, show);
        }
    }

    private static void fuzz(List<String> yamls, int n, int show) {
        SplittableRandom random = new SplittableRandom(42);
        Map<String, Integer> engineCats = new LinkedHashMap<>();
        Map<String, Integer> fastCats = new LinkedHashMap<>();
        Map<String, String> examples = new LinkedHashMap<>();
        int refused = 0;
        int fastTook = 0;
        for (int i = 0; i < n; i++) {
            String yaml = mutate(yamls.get(random.nextInt(yamls.size())), random);
            String full = outcome(JacksonYaml::readFull, yaml, 1);
            String engine = outcome(EngineYaml::read, yaml, 1);
            String today = outcome(YamlReader::read, yaml, 1);
            if (full.startsWith("PROBLEM")) {
                refused++;
            }
            if (FastYaml.read(yaml, 1) != null) {
                fastTook++;
            }
            if (!full.equals(engine)) {
                String c = category(yaml, full, engine);
                engineCats.merge(c, 1, Integer::sum);
                examples.putIfAbsent("engine: " + c, excerpt(yaml, full, engine));
                if (System.getProperty("all") != null) {
                    System.out.println("ALL engine " + c + ": " + excerpt(yaml, full, engine).replace("\n", "\n    "));
                }
            }
            if (!full.equals(today)) {
                String c = category(yaml, full, today);
                fastCats.merge(c, 1, Integer::sum);
                examples.putIfAbsent("fastyaml: " + c, excerpt(yaml, full, today));
                if (System.getProperty("all") != null) {
                    System.out.println("ALL fastyaml " + c + ": " + excerpt(yaml, full, today).replace("\n", "\n    "));
                }
            }
        }
        System.out.println("fuzz: " + n + " mutated fragments, " + refused + " refused by Jackson, " + fastTook + " taken by FastYaml");
        System.out.println("engine vs jackson: " + engineCats);
        System.out.println("fastyaml path vs jackson: " + fastCats);
        int k = 0;
        for (Map.Entry<String, String> e : examples.entrySet()) {
            if (k++ >= show) {
                break;
            }
            System.out.println("EXAMPLE " + e.getKey() + ":\n" + e.getValue() + "\n");
        }
    }
}
