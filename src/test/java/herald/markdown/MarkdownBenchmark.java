package herald.markdown;

import herald.bench.Corpus;
import herald.content.ContentLoader;
import herald.model.Entry;
import herald.model.Update;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
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
 * Issue 13 point 4, warm: every update body of a site to safe HTML ({@link Markdown#toHtml}) and to
 * plain text ({@link Markdown#toPlainText}), with today's plain-paragraph shortcut and with
 * commonmark alone (same Parser and HtmlRenderer; plain text through jsoup).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MarkdownBenchmark {
    @Param({"example", "100", "1000", "10000"})
    public String site;

    @Param({"shortcut", "commonmark"})
    public String variant;

    private List<String> bodies;
    private boolean shortcut;

    @Setup
    public void setUp() throws Exception {
        bodies = bodies(Corpus.root(site));
        shortcut = variant.equals("shortcut");
    }

    static List<String> bodies(Path root) throws Exception {
        List<String> out = new ArrayList<>();
        for (Entry e : ContentLoader.load(root.resolve("content"), root, new herald.diag.Work()).model().orElseThrow().entries()) {
            for (Update u : e.updates()) {
                if (u.body() != null && !u.body().isBlank()) {
                    out.add(u.body());
                }
            }
        }
        return out;
    }

    static String html(String body, boolean shortcut) {
        return shortcut ? Markdown.toHtml(body) : Markdown.commonmark(body);
    }

    static String plain(String body, boolean shortcut) {
        return shortcut ? Markdown.toPlainText(body) : Jsoup.parse(Markdown.commonmark(body)).text();
    }

    @Benchmark
    public void html(Blackhole bh) {
        for (String b : bodies) {
            bh.consume(html(b, shortcut));
        }
    }

    @Benchmark
    public void plainText(Blackhole bh) {
        for (String b : bodies) {
            bh.consume(plain(b, shortcut));
        }
    }

    /**
     * Cold: in a fresh JVM, the first body to HTML and plain text (class loading included), then
     * one pass over all bodies. Prints "variant site bodies shortcutTakes firstMs passMs passCpuMs" (CPU of the main thread); also
     * checks that both variants give the same HTML and text for every body.
     */
    public static void main(String[] args) throws Exception {
        boolean sc = args[0].equals("shortcut");
        List<String> bodies = bodies(Corpus.root(args[1]));
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        html(bodies.get(0), sc);
        plain(bodies.get(0), sc);
        long t1 = System.nanoTime();
        for (int i = 1; i < bodies.size(); i++) {
            html(bodies.get(i), sc);
            plain(bodies.get(i), sc);
        }
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        int takes = 0;
        int differ = 0;
        if (args.length > 2 && args[2].equals("--check")) {
            for (String b : bodies) {
                if (Markdown.plainParagraphs(b) != null) {
                    takes++;
                }
                if (!html(b, true).equals(html(b, false)) || !plain(b, true).equals(plain(b, false))) {
                    differ++;
                }
            }
        }
        System.out.printf("%s %s %d %d %d %.1f %.1f %.1f%n", args[0], args[1], bodies.size(), takes, differ, (t1 - t0) / 1e6, (t2 - t0) / 1e6, (c2 - c0) / 1e6);
    }
}
