import herald.content.ContentLoader;
import herald.content.Loaded;
import herald.diag.Diagnostics;
import herald.diag.Work;
import herald.lint.Linter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The lint stage alone, in one process: loads DIR/content once, then lints it ROUNDS times and
 * prints, per round, the wall time and the process's CPU time (every thread: the lint's, the JIT's
 * and the GC's) spent inside Linter.lint. The first round is the cold one a CLI run pays; CPU is
 * the figure to compare on a shared machine, where wall time follows the load. Run it with a jar:
 *   java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp target/herald.jar bench/LintCpu.java DIR NOW [ROUNDS]
 */
public class LintCpu {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        Instant now = Instant.parse(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Loaded loaded = ContentLoader.load(Path.of("content"), dir, new Work());
        for (int r = 1; r <= rounds; r++) {
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            Diagnostics d = Linter.lint(loaded, now, new Work());
            long wallMs = (System.nanoTime() - wall) / 1_000_000;
            long cpuMs = (os.getProcessCpuTime() - cpu) / 1_000_000;
            System.out.printf("round %d: lint %d ms wall, %d ms cpu, %d findings%n", r, wallMs, cpuMs, d.sorted().size());
        }
    }
}
