package herald.bench;

import herald.content.ContentLoader;
import herald.content.Loaded;
import herald.diag.Diagnostics;
import herald.lint.Linter;
import herald.render.OutputFile;
import herald.render.SiteRenderer;
import herald.derive.SiteView;
import herald.derive.SiteViewBuilder;
import herald.write.SiteWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The pipeline stages in-process, one benchmark each, so a regression shows in the stage that
 * caused it. Run by bench/run (mvn -Pbench builds the harness).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StagesBenchmark {
    @Param({"1000"})
    public int incidents;

    private Path root;
    private Loaded loaded;
    private SiteView view;
    private SiteRenderer renderer;
    private List<OutputFile> files;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        root = Files.createTempDirectory("herald-jmh");
        SyntheticSite.generate(root, incidents, 42);
        loaded = ContentLoader.load(root.resolve("content"), root, new herald.diag.Work());
        view = SiteViewBuilder.build(loaded.model().orElseThrow(), SyntheticSite.NOW, null, new herald.diag.Work());
        renderer = new SiteRenderer(herald.theme.ThemeLoader.load(null, root), new herald.diag.Work()); // the built-in theme
        files = renderer.render(view, "en", "Synthetic");
    }

    @Benchmark
    public Loaded load() throws Exception {
        return ContentLoader.load(root.resolve("content"), root, new herald.diag.Work());
    }

    @Benchmark
    public Diagnostics lint() {
        return Linter.lint(loaded, SyntheticSite.NOW, new herald.diag.Work());
    }

    @Benchmark
    public SiteView derive() {
        return SiteViewBuilder.build(loaded.model().orElseThrow(), SyntheticSite.NOW, null, new herald.diag.Work());
    }

    @Benchmark
    public List<OutputFile> render() throws Exception {
        return renderer.render(view, "en", "Synthetic");
    }

    @Benchmark
    public Path write() throws Exception {
        Path out = root.resolve("site");
        SiteWriter.replace(out, files);
        return out;
    }
}
