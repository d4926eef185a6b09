import herald.content.ContentLoader;
import herald.content.Loaded;
import herald.derive.SiteViewBuilder;
import herald.diag.Work;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The load and derive stages alone, in this fresh JVM, with the process's CPU time (all threads:
 * Herald's, the JIT's and the GC's) beside the wall time of each: on a shared machine CPU time is
 * the steadier figure. Run with a Herald jar on the class path (the source launcher compiles this):
 * {@code java -cp herald.jar bench/LoadDerive.java SITE_DIR [NOW]}; prints
 * {@code load <wall ms> <cpu ms> derive <wall ms> <cpu ms>}. bench/load-derive runs it A/B.
 */
public final class LoadDerive {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        Instant now = Instant.parse(args.length > 1 ? args[1] : "2026-11-27T12:00:00Z");
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Work work = new Work();
        long w0 = System.nanoTime();
        long c0 = os.getProcessCpuTime();
        Loaded loaded = ContentLoader.load(root.resolve("content"), root, work);
        long w1 = System.nanoTime();
        long c1 = os.getProcessCpuTime();
        var view = SiteViewBuilder.build(loaded.model().orElseThrow(), now, null, work);
        long w2 = System.nanoTime();
        long c2 = os.getProcessCpuTime();
        if (view.pages().isEmpty()) {
            throw new IllegalStateException("no pages");
        }
        System.out.printf("load %d %d derive %d %d%n", (w1 - w0) / 1_000_000, (c1 - c0) / 1_000_000,
                (w2 - w1) / 1_000_000, (c2 - c1) / 1_000_000);
    }
}
