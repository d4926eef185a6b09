package herald.cli;

import herald.theme.JarFolder;
import herald.write.SiteWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * The run the launcher records its class-data archive from (hidden): the sample site inside the
 * jar, copied into a temporary folder and put through the usual commands there, at the fixed time
 * the sample is written for. It never reads the working folder, so any user's repository gets the
 * same archive, and it fails only when Herald itself is broken.
 */
@Command(name = "archive-training", hidden = true, mixinStandardHelpOptions = true,
        description = "Run the sample site inside Herald through its commands; the launcher makes its start-up archive from this run.",
        footer = "  herald archive-training   # the launcher runs it; nothing to do by hand")
final class ArchiveTrainingCommand implements Callable<Integer> {
    static final String SAMPLE = "herald/sample/content";
    static final Instant SAMPLE_NOW = Instant.parse("2026-11-27T14:30:00Z");
    static final String OPEN_INCIDENT = "2026-11-27-slow-answers";

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("herald-training");
        try {
            for (Map.Entry<String, byte[]> f : JarFolder.read(SAMPLE).entrySet()) {
                Path file = dir.resolve("content").resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, f.getValue());
            }
            Environment env = new Environment(dir, Map.of(), Clock.fixed(SAMPLE_NOW, ZoneOffset.UTC));
            int build = run(env, "build");
            for (List<String> args : List.of(List.of("lint"), List.of("lint", "--format", "github"), List.of("lint", "--format", "json"),
                    List.of("check-links"), List.of("maintenance", "pending", "--within", "10m"), List.of("notify", OPEN_INCIDENT),
                    List.of("update", OPEN_INCIDENT, "--status", "monitoring", "--effect", "answers are fast again"),
                    List.of("resolve", OPEN_INCIDENT, "--cause", "An overloaded index shard slowed answers."),
                    List.of("new", "Slow sign-in", "--severity", "S3", "--components", "sign-in"),
                    List.of("init", "repository", "--title", "Sample Status"), List.of("theme", "eject", "theme"), List.of("--help"))) {
                run(env, args.toArray(String[]::new));
            }
            return build == ExitCodes.OK ? ExitCodes.OK : ExitCodes.CANNOT_RUN;
        } finally {
            SiteWriter.deleteQuietly(dir); // a temporary folder; its removal waits on the disk, in parallel
        }
    }

    private static int run(Environment env, String... args) {
        PrintWriter sink = new PrintWriter(new StringWriter());
        return Main.run(sink, sink, env, args);
    }
}
