package herald.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.bench.SyntheticSite;
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
 * The snakeyaml-engine candidate ({@link EngineYaml}) builds the tree and positions of the
 * reference reader (Jackson over SnakeYAML), and refuses what it refuses at the same place.
 */
class EngineYamlTest {
    @TempDir
    Path dir;

    private static void assertSame(String yaml) {
        assertEquals(YamlEquivalence.outcome(JacksonYaml::readFull, yaml, 1), YamlEquivalence.outcome(EngineYaml::read, yaml, 1),
                () -> "readers differ for:\n" + yaml);
    }

    @Test
    void agreesOnEveryContentFileAndSyntheticHistory() throws IOException {
        SyntheticSite.generate(dir, 300, 7);
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("content"), Path.of("src/test/resources/golden"), dir.resolve("content"))) {
            try (Stream<Path> s = Files.walk(root)) {
                files.addAll(s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).toList());
            }
        }
        assertTrue(files.size() > 300);
        for (Path p : files) {
            String yaml = YamlEquivalence.yamlOf(p);
            if (yaml != null) {
                assertSame(yaml);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: \nb: 1\n", "a:\nb: 1\n", "a:   # note\nb: 1\n", "a: ''\nb: \"\"\n", "a: |\nb: 1\n", "a: ~\nb: null\n",
        "a: 1\na: 2\n", "x:\n  a: 1\n  a: 2\n", "a: &x 1\nb: *x\n", "a: [*x]\n", "a:\n\tb: 1\n", "title: Update: slow\n",
        "a: [1, 2\n", "a: \"open\n", "a: 1\n---\nb: 2\n", "- a\n- b\n", "a: b\n  c: d\n", "a: !!str\n", "a: é🚀: x\n",
        "k: 🚀\nv: \n", "",
    })
    void agreesOnEmptyValuesDuplicatesAliasesAndErrors(String yaml) {
        assertSame(yaml);
    }
}
