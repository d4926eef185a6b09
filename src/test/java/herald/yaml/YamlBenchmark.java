package herald.yaml;

import herald.bench.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 13 point 4, warm: every front matter of a site (and site.yaml) read into the positioned
 * tree by today's path (FastYaml, falling back to Jackson), by Jackson's YAML parser alone, and by
 * snakeyaml-engine ({@link EngineYaml}). Texts are in memory: this is parsing only.
 * Run with mvn -Pbench test-compile, then org.openjdk.jmh.Main YamlBenchmark (see bench/measure-13).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class YamlBenchmark {
    @Param({"example", "100", "1000", "10000"})
    public String site;

    @Param({"fastyaml", "jackson", "engine"})
    public String reader;

    private List<String> yamls;
    private YamlEquivalence.Reader r;

    @Setup
    public void setUp() throws Exception {
        yamls = texts(Corpus.root(site));
        r = reader(reader);
    }

    static YamlEquivalence.Reader reader(String name) {
        return switch (name) {
            case "fastyaml" -> YamlReader::read;
            case "jackson" -> JacksonYaml::readFull;
            case "engine" -> EngineYaml::read;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The YAML texts of a site: site.yaml and every front matter. */
    static List<String> texts(Path root) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root.resolve("content"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).sorted().toList()) {
                String y = YamlEquivalence.yamlOf(p);
                if (y != null) {
                    out.add(y);
                }
            }
        }
        return out;
    }

    @Benchmark
    public void parseAll(Blackhole bh) throws YamlProblem {
        for (String y : yamls) {
            bh.consume(r.read(y, 1));
        }
    }

    /**
     * Cold: in a fresh JVM, the first file (class loading and initialisation included) and then
     * one pass over the whole site. Prints "reader site files firstMs passMs passCpuMs" (CPU of the main thread).
     * Args: reader site.
     */
    public static void main(String[] args) throws Exception {
        List<String> texts = texts(Corpus.root(args[1]));
        YamlEquivalence.Reader r = reader(args[0]);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        r.read(texts.get(0), 1);
        long t1 = System.nanoTime();
        for (int i = 1; i < texts.size(); i++) {
            r.read(texts.get(i), 1);
        }
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        System.out.printf("%s %s %d %.1f %.1f %.1f%n", args[0], args[1], texts.size(), (t1 - t0) / 1e6, (t2 - t0) / 1e6, (c2 - c0) / 1e6);
    }
}
