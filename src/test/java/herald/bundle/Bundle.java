package herald.bundle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The release bundle that `mvn package` wrote, as a user gets it: unpacked with tar into a folder
 * outside this repository, and run as a process whose PATH holds the bundle's bin, one Java's bin
 * and links to a few system tools, never Maven; the working folder is never this repository.
 */
final class Bundle implements AutoCloseable {
    /** The system tools the launcher, the install script, git and the tests' shell lines use; nothing else is reachable. */
    static final List<String> TOOLS = List.of("sh", "bash", "git", "tar", "gzip", "mkdir", "mv", "rm", "rmdir", "cat", "date", "od", "tr",
            "wc", "cksum", "readlink", "sed", "head", "tail", "nice", "dirname", "basename", "mktemp", "chmod", "ls", "cp", "ln", "sleep",
            "env", "uname", "find", "grep", "cut", "sort", "touch", "id", "curl", "sha256sum", "true", "false", "expr", "test", "[");

    final Path home;
    final Path bin;
    final Path tools;

    private Bundle(Path home, Path tools) {
        this.home = home;
        this.bin = home.resolve("bin");
        this.tools = tools;
    }

    /** target/herald-VERSION.tar.gz; the test fails (it is never skipped) when package has not made it. */
    static Path archive() {
        String path = System.getProperty("herald.bundle");
        assertTrue(path != null, "herald.bundle is not set: run the bundle tests with mvn verify (failsafe sets it)");
        Path archive = Path.of(path);
        assertTrue(Files.isRegularFile(archive), archive + " is missing: mvn verify makes it in the package phase");
        return archive;
    }

    /** The version in the bundle's name: herald-VERSION.tar.gz. */
    static String version() {
        String name = archive().getFileName().toString();
        return name.substring("herald-".length(), name.length() - ".tar.gz".length());
    }

    /** Unpacks the bundle under {@code dir} (with the real tar, as a user would) and links the tools beside it. */
    static Bundle unpack(Path dir) throws IOException {
        Path repository = Path.of("").toAbsolutePath();
        assertFalse(dir.toAbsolutePath().startsWith(repository), "the bundle must be tried outside the repository: " + dir);
        Result untar = run(dir, Map.of("PATH", System.getenv("PATH")), List.of("tar", "-xzf", archive().toString()), Duration.ofMinutes(1));
        assertTrue(untar.code() == 0, untar.toString());
        Path tools = Files.createDirectories(dir.resolve("tools"));
        for (String tool : TOOLS) {
            Path found = which(tool);
            if (found != null) {
                Files.createSymbolicLink(tools.resolve(tool), found);
            }
        }
        return new Bundle(dir.resolve("herald-" + version()), tools);
    }

    private static Path which(String tool) {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            Path p = Path.of(dir, tool);
            if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    /** PATH for a run: the bundle's bin first, then {@code javaHome}/bin, then the tool links; Maven is on none of them. */
    String path(Path javaHome) {
        String path = bin + File.pathSeparator + javaHome.resolve("bin") + File.pathSeparator + tools;
        for (String dir : path.split(File.pathSeparator)) {
            assertFalse(Files.exists(Path.of(dir, "mvn")), "Maven is reachable on the test PATH in " + dir);
        }
        return path;
    }

    /** Removes the tool links (JUnit's cleanup of the temporary folder warns about every link that leads out of it). */
    @Override
    public void close() throws IOException {
        try (var links = Files.list(tools)) {
            for (Path link : links.toList()) {
                Files.delete(link);
            }
        }
    }

    /** The Java running the tests (17 under Maven). */
    static Path currentJava() {
        return Path.of(System.getProperty("java.home"));
    }

    /**
     * The environment of a user's shell with this bundle installed: PATH as above, a HOME of its
     * own (so the start-up archive goes to {@code userHome}/.cache/herald), nothing else inherited.
     */
    Map<String, String> environment(Path javaHome, Path userHome) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", path(javaHome));
        env.put("HOME", userHome.toString());
        env.put("LANG", "C.UTF-8");
        return env;
    }

    /** Exit status, stdout and stderr of one process. */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Runs {@code command} in {@code cwd} with exactly {@code env}; fails the test when it does not end within {@code limit}. */
    static Result run(Path cwd, Map<String, String> env, List<String> command, Duration limit) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        Path out = Files.createTempFile("herald-out", ".txt");
        Path err = Files.createTempFile("herald-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        try {
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not end within " + limit);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Runs {@code herald ARGS} as a shell finds it on the PATH of {@code env} (the bundle's), in {@code cwd}, as a CI step does. */
    Result herald(Path cwd, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(tools.resolve("sh").toString(), "-c", "exec herald \"$@\"", "herald"));
        command.addAll(List.of(args));
        return run(cwd, env, command, Duration.ofMinutes(3));
    }
}
