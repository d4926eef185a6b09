package herald;

import herald.cli.Environment;
import herald.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper: writes a whole small site from a txtar-like text block ("-- path --" headers)
 * into a folder and runs herald in-process there, so a test shows its whole scenario.
 */
public final class TestSite {
    private static final Pattern HEADER = Pattern.compile("(?m)^-- (.+?) --\\n");

    private TestSite() {
    }

    /** Writes every "-- path --" section of {@code txtar} under {@code dir}. */
    public static Path write(Path dir, String txtar) {
        Matcher m = HEADER.matcher(txtar);
        String path = null;
        int start = 0;
        try {
            while (m.find()) {
                if (path != null) {
                    put(dir, path, txtar.substring(start, m.start()));
                }
                path = m.group(1);
                start = m.end();
            }
            if (path != null) {
                put(dir, path, txtar.substring(start));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    public static void put(Path dir, String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** Changes a file in place with {@link Fixtures#change}: the first {@code from} becomes {@code to}. */
    public static void edit(Path file, String from, String to) throws IOException {
        Files.writeString(file, Fixtures.change(Files.readString(file, StandardCharsets.UTF_8), from, to), StandardCharsets.UTF_8);
    }

    /** Copies a folder tree (the example content, a theme) into a test's folder. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** The outcome of one in-process run. */
    public record Run(int exitCode, String out, String err) {
        /** Output lines that are findings (path:line:col: …). */
        public java.util.List<String> findings() {
            return out.lines().filter(l -> l.matches("^[^\\s:]+:\\d+:\\d+: (error|warning) \\[.*")).toList();
        }
    }

    /** Runs herald with {@code dir} as working directory, a fixed clock and no environment variables. */
    public static Run run(Path dir, String... args) {
        return run(dir, Map.of(), args);
    }

    public static Run run(Path dir, Map<String, String> env, String... args) {
        return runAt(dir, Instant.parse("2026-11-27T14:30:00Z"), env, args);
    }

    /** Runs with the clock at {@code clock} (authoring commands take "now" from it). */
    public static Run runAt(Path dir, Instant clock, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(dir, env, Clock.fixed(clock, ZoneOffset.UTC));
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), environment, args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The source of the built-in theme in this repository (the jar holds a copy). */
    public static final Path THEME = Path.of("themes/default").toAbsolutePath();

    /** Builds the site under dir into dir/site with the built-in theme, as a status repository without a theme folder does. */
    public static Run build(Path dir, String now, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("build", "--now", now));
        args.addAll(java.util.List.of(more));
        return run(dir, args.toArray(String[]::new));
    }

    /** The time the bundled example content is written for. */
    public static final String EXAMPLE_NOW = "2026-11-27T14:30:00Z";

    /**
     * Copies the bundled example content (content/) into dir/content and builds it at
     * {@link #EXAMPLE_NOW} with the default theme; fails with the build's output unless it exits 0.
     * Returns dir/site.
     */
    public static Path buildExample(Path dir) throws IOException {
        copyTree(Path.of("content"), dir.resolve("content"));
        Run run = build(dir, EXAMPLE_NOW);
        if (run.exitCode() != 0) {
            throw new AssertionError("building the example exited " + run.exitCode() + ":\n" + run.out() + run.err());
        }
        return dir.resolve("site");
    }

    /** Every file under a folder, as '/'-separated relative path to bytes, sorted. */
    public static java.util.SortedMap<String, byte[]> files(Path root) throws IOException {
        java.util.SortedMap<String, byte[]> out = new java.util.TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    /** 1-based line of the first line of {@code text} that contains {@code needle}. */
    public static int lineOf(String text, String needle) {
        int i = text.indexOf(needle);
        if (i < 0) {
            throw new IllegalArgumentException("not in text: " + needle);
        }
        return (int) text.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
    }

    /** 1-based column of the first occurrence of {@code needle} on its line. */
    public static int columnOf(String text, String needle) {
        int i = text.indexOf(needle);
        int lineStart = text.lastIndexOf('\n', i - 1) + 1;
        return i - lineStart + 1;
    }
}
