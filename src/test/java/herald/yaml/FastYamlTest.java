package herald.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.bench.SyntheticSite;
import herald.yaml.YNode.YEntry;
import herald.yaml.YNode.YMap;
import herald.yaml.YNode.YScalar;
import herald.yaml.YNode.YSeq;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast YAML subset reader must build exactly the tree snakeyaml-engine (its reference) builds: same
 * keys, texts, nulls and positions. Checked on every content file in the repository, on synthetic
 * history, and on tricky snippets; where it declines, the full parser takes over.
 */
class FastYamlTest {
    @TempDir
    Path dir;

    /** A readable dump of a tree: kinds, keys, texts and positions. */
    static String dump(YNode n) {
        StringBuilder sb = new StringBuilder();
        dump(n, sb, "");
        return sb.toString();
    }

    private static void dump(YNode n, StringBuilder sb, String indent) {
        if (n instanceof YMap m) {
            sb.append("map@").append(n.pos().line()).append(':').append(n.pos().column()).append('\n');
            for (YEntry e : m.entries()) {
                sb.append(indent).append("  ").append(e.key()).append('@').append(e.keyPos().line()).append(':').append(e.keyPos().column()).append(" = ");
                dump(e.value(), sb, indent + "  ");
            }
        } else if (n instanceof YSeq s) {
            sb.append("seq@").append(n.pos().line()).append(':').append(n.pos().column()).append('\n');
            for (YNode i : s.items()) {
                sb.append(indent).append("  - ");
                dump(i, sb, indent + "  ");
            }
        } else {
            YScalar s = (YScalar) n;
            sb.append(s.isNull() ? "null" : "\"" + s.text().replace("\n", "\\n") + "\"").append('@')
                    .append(n.pos().line()).append(':').append(n.pos().column()).append('\n');
        }
    }

    /** Asserts both readers agree; returns whether the fast path took it. */
    static boolean agree(String yaml) {
        YamlDocument fast = FastYaml.read(yaml, 1);
        if (fast == null) {
            return false;
        }
        try {
            YamlDocument full = EngineYaml.read(yaml, 1);
            assertEquals(dump(full.root()), dump(fast.root()), () -> "trees differ for:\n" + yaml);
        } catch (YamlProblem p) {
            throw new AssertionError("fast path accepted YAML the full parser rejects (" + p.getMessage() + "):\n" + yaml);
        }
        return true;
    }

    static String frontMatter(String file) {
        return file.substring(file.indexOf('\n') + 1, file.indexOf("\n---", 3) + 1);
    }

    @Test
    void agreesOnEveryContentFileInTheRepository() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("content", "src/test/resources/golden")) {
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                files.addAll(s.filter(p -> p.toString().endsWith(".md")).toList());
            }
        }
        int fast = 0;
        for (Path p : files) {
            if (agree(frontMatter(Files.readString(p)))) {
                fast++;
            }
        }
        assertTrue(agree(Files.readString(Path.of("content/site.yaml"))), "site.yaml takes the fast path");
        assertEquals(files.size(), fast, "every bundled file should take the fast path");
    }

    @Test
    void agreesOnSyntheticHistory() throws IOException {
        SyntheticSite.generate(dir, 300, 7);
        int fast = 0;
        int total = 0;
        try (Stream<Path> s = Files.walk(dir.resolve("content"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".md")).toList()) {
                total++;
                if (agree(frontMatter(Files.readString(p)))) {
                    fast++;
                }
            }
        }
        assertEquals(total, fast);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\nb: two words  # comment\nc: 'it''s'\nd: \"q \\\"x\\\" \\u00e9\"\ne:\nf: ~\ng: null\n",
        "list: [a, b,  c ]\nmap: {x: 1, y: \"two, three\", z: 2026-11-20T14:09:00Z}\nempty: []\n",
        "updates:\n  - at: 2026-11-20T14:09:00Z\n    status: investigating\n    body: |\n      line one\n\n        indented\n      line three\n\n\n  - at: x\n    body: >\n      folded\n      text\n\n      para\n",
        "keep: |+\n  a\n\n\nstrip: |-\n  b\n\nnext: 1\n",
        "seq:\n- a\n- b\nafter: 1\n",
        "nested:\n  deeper:\n    deepest: [1, 2]\n  back: yes\n",
        "title: C# and F# outage\nurl: https://x.example/a#b\ntime: 14:09\n",
        "internal:\n  roles: {incidentLead: Dana, commsLead: Priya}\n  signals: {deltaS_p95: 0.41}\n",
        "body: |\n  Ünïcödé 🚀 text\n  more: here\ntitle: Zürich 🚀 down\n",
        "body: |\n  leading\n\n\n  gaps\nx: 1\n",
        "a: \"\"\nb: ''\n",
    })
    void agreesOnTrickySnippets(String yaml) {
        assertTrue(agree(yaml), "expected the fast path to take:\n" + yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "title: Update: slow\n",
        "a: b\n  c\n",
        "a: \"multi\n  line\"\n",
        "a:\n\tb: 1\n",
        "a: 1\na: 2\n",
        "- a\n- b\n",
        "a: [x, [y]]\n",
        "a: |2\n   x\n",
        "a: >\n  x\n    more indented\n  y\n",
        "? complex\n: key\n",
        "a: 1\n---\nb: 2\n",
        "a: [1,\n  2]\n",
        "body: |\n\nx: 1\n",
    })
    void declinesWhatItDoesNotSupport(String yaml) {
        assertNull(FastYaml.read(yaml, 0), "the fast path should leave this to the full parser:\n" + yaml);
    }

    @Test
    void anEmptyFragmentIsAnEmptyMapping() {
        YamlDocument d = FastYaml.read("", 1);
        assertNotNull(d);
        assertEquals(List.of(), ((YMap) d.root()).entries());
    }
}
