package herald.author;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Test launcher for a separate JVM: loads herald (runs --version into the void), writes a ready
 * file, waits until a release file exists, then runs {@code herald.cli.Main.main} with the rest of
 * the arguments. Several of these released by one file start their command at the same moment.
 * Arguments: READY-FILE RELEASE-FILE HERALD-ARGS...
 */
public final class ReleasedMain {
    private ReleasedMain() {
    }

    public static void main(String[] args) throws Exception {
        Path ready = Path.of(args[0]);
        Path release = Path.of(args[1]);
        // warm up so that class loading does not spread the two processes apart after the release
        herald.cli.Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                herald.cli.Environment.system(), "--version");
        Files.writeString(ready, "ready\n");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!Files.exists(release)) {
            if (System.nanoTime() > deadline) {
                System.err.println("never released");
                System.exit(3);
            }
            Thread.onSpinWait();
            Thread.sleep(0, 200_000);
        }
        herald.cli.Main.main(Arrays.copyOfRange(args, 2, args.length));
    }
}
