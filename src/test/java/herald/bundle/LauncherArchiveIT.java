package herald.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.bundle.Bundle.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The launcher's start-up archive, on Java 17 (AppCDS) and Java 25 (the JDK's AOT cache): made
 * once, in the background, from the sample inside the jar, and then used; made for a repository
 * whose updates are later than any date fixed anywhere; replaced when corrupt or stale; a failure
 * to make it is silent and not repeated.
 */
class LauncherArchiveIT {
    static final Duration MAKING = Duration.ofMinutes(4);

    @TempDir
    Path tmp;
    Bundle bundle;
    Path home;
    Path repo;
    Path cache;

    /** The Java running the tests (17) and a Java 25 or later from /usr/lib/jvm (or $HERALD_TEST_JAVA25). */
    static Stream<Path> javas() throws IOException {
        return Stream.of(Bundle.currentJava(), java25());
    }

    static Path java25() throws IOException {
        String given = System.getenv("HERALD_TEST_JAVA25");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> s = Files.list(jvms)) {
                for (Path jdk : s.sorted().toList()) {
                    Path release = jdk.resolve("release");
                    if (Files.isRegularFile(release) && !Files.isSymbolicLink(jdk)) {
                        String v = Files.readString(release).replaceFirst("(?s).*JAVA_VERSION=\"(\\d+).*", "$1");
                        if (v.matches("\\d+") && Integer.parseInt(v) >= 25) {
                            return jdk;
                        }
                    }
                }
            }
        }
        // on the project's machines and in CI there is one: its absence there is a failure, not a skip
        assertFalse("true".equals(System.getenv("CI")), "no Java 25 or later under /usr/lib/jvm (set HERALD_TEST_JAVA25)");
        Assumptions.abort("no Java 25 or later under /usr/lib/jvm; set HERALD_TEST_JAVA25 to test the AOT cache");
        return null;
    }

    @BeforeEach
    void aStatusRepositoryWithUpdatesFromTheLastHour() throws IOException {
        bundle = Bundle.unpack(tmp);
        home = Files.createDirectories(tmp.resolve("home"));
        cache = home.resolve(".cache/herald");
        Result init = bundle.herald(tmp, env(Bundle.currentJava(), Map.of("HERALD_ARCHIVE", "off")), "init", "status", "--title", "Initech Status",
                "--base-url", "https://status.initech.example/", "--components", "API");
        assertEquals(0, init.code(), init.toString());
        repo = tmp.resolve("status");
        // later than any date fixed anywhere: the old launcher built the user's content with --now 2026-11-27T14:30:00Z
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Files.writeString(repo.resolve("content/incidents/" + now.toString().substring(0, 10) + "-slow-api.md"), """
                ---
                title: Slow API responses
                severity: S3
                components: [api]
                triggered: %s
                banner: Some API requests are slow right now. We are working on it. No action needed by you.
                updates:
                  - at: %s
                    status: investigating
                    owner: Comms lead
                    scope: API
                    effect: Slow responses
                    next: %s
                    body: We are investigating slow API responses. Next update in 15 minutes.
                ---
                """.formatted(now.minus(8, ChronoUnit.MINUTES), now.minus(3, ChronoUnit.MINUTES), now.plus(12, ChronoUnit.MINUTES)));
    }

    @AfterEach
    void removeTheToolLinks() throws IOException {
        bundle.close();
    }

    private Map<String, String> env(Path javaHome, Map<String, String> more) {
        Map<String, String> env = new LinkedHashMap<>(bundle.environment(javaHome, home));
        env.putAll(more);
        return env;
    }

    private Result lint(Path javaHome, Map<String, String> more) throws IOException {
        Result r = bundle.herald(repo, env(javaHome, more), "lint");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().endsWith("0 errors, 0 warnings in 2 files\n"), r.toString());
        assertEquals("", r.err(), "making the archive is silent");
        return r;
    }

    /** Runs lint with class loading logged; true when Herald's classes came from the archive. */
    private boolean usesTheArchive(Path javaHome) throws IOException {
        return usesTheArchiveWith(javaHome, Map.of());
    }

    private boolean usesTheArchiveWith(Path javaHome, Map<String, String> more) throws IOException {
        Path log = tmp.resolve("classes-" + System.nanoTime() + ".log");
        Map<String, String> env = new LinkedHashMap<>(more);
        env.put("HERALD_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
        lint(javaHome, env);
        return Files.readString(log).contains("herald.cli.Main source: shared objects file");
    }

    /** The classes lint loaded from the jar instead of the archive (run with the archive there). */
    private List<String> loadedFromTheJar(Path javaHome) throws IOException {
        Path log = tmp.resolve("classes-" + System.nanoTime() + ".log");
        lint(javaHome, Map.of("HERALD_JAVA_OPTS", "-Xlog:class+load=info:file=" + log));
        return Files.readAllLines(log).stream().filter(l -> l.contains(" source: file:") || l.contains(" source: jar:"))
                .map(l -> l.replaceAll(".*\\] (\\S+) source:.*", "$1")).toList();
    }

    private List<String> made() throws IOException {
        Path log = cache.resolve("archive.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    /** Waits until archive.log has {@code lines} lines and no maker holds the lock. */
    private void awaitLog(int lines) throws Exception {
        long deadline = System.nanoTime() + MAKING.toNanos();
        while (made().size() < lines || hasLock()) {
            assertTrue(System.nanoTime() < deadline, "archive.log after " + MAKING + ": " + made());
            Thread.sleep(200);
        }
        assertEquals(lines, made().size(), made().toString());
    }

    private boolean hasLock() throws IOException {
        if (!Files.isDirectory(cache)) {
            return false;
        }
        try (Stream<Path> s = Files.list(cache)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".lock"));
        }
    }

    private Path archive() throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            List<Path> found = s.filter(p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".aot")).toList();
            assertEquals(1, found.size(), found.toString());
            return found.get(0);
        }
    }

    @ParameterizedTest
    @MethodSource("javas")
    void theArchiveIsMadeOnceFromTheSampleAndThenUsed(Path javaHome) throws Exception {
        assertFalse(usesTheArchive(javaHome), "the first run does not wait for it");
        awaitLog(1);
        assertTrue(made().get(0).contains(" made " + cache + "/herald-" + Bundle.version() + "-java"), made().toString());
        Path archive = archive();
        assertTrue(archive.getFileName().toString().endsWith(javaHome.equals(Bundle.currentJava()) ? ".jsa" : ".aot"), archive.toString());
        FileTime madeAt = Files.getLastModifiedTime(archive);

        assertTrue(usesTheArchive(javaHome), "the second run uses it");
        assertTrue(usesTheArchive(javaHome));
        // picocli is compiled for Java 5, and the archives skip classes that old: the build lifts them (src/build)
        List<String> fromTheJar = loadedFromTheJar(javaHome);
        assertTrue(fromTheJar.stream().noneMatch(c -> c.startsWith("picocli.")), "picocli classes not archived: " + fromTheJar);
        Thread.sleep(1500);
        assertEquals(1, made().size(), "not made again: " + made());
        assertFalse(hasLock(), "no maker started");
        assertEquals(madeAt, Files.getLastModifiedTime(archive));
    }

    @ParameterizedTest
    @MethodSource("javas")
    void aCorruptOrStaleArchiveIsReplaced(Path javaHome) throws Exception {
        lint(javaHome, Map.of("HERALD_ARCHIVE", "wait"));
        awaitLog(1);
        Path archive = archive();
        long size = Files.size(archive);

        archive.toFile().setWritable(true);
        truncate(archive, size / 2); // a truncated AppCDS archive crashes Java 17 if used
        lint(javaHome, Map.of());
        awaitLog(2);
        assertTrue(Files.size(archive()) > size / 2, "whole again");
        assertTrue(usesTheArchive(javaHome));

        archive().toFile().setWritable(true);
        try (var ch = java.nio.channels.FileChannel.open(archive(), java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap("garbage!".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), 0);
        }
        lint(javaHome, Map.of());
        awaitLog(3);
        assertTrue(usesTheArchive(javaHome));

        // a reinstalled jar (newer than the archive) makes it stale
        Path jar = bundle.home.resolve("lib/herald.jar");
        Thread.sleep(1100);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
        assertFalse(usesTheArchive(javaHome), "a stale archive is not used");
        lint(javaHome, Map.of());
        awaitLog(4);
        assertTrue(usesTheArchive(javaHome));
        assertTrue(made().stream().allMatch(l -> l.contains(" made ")), made().toString());
    }

    private static void truncate(Path file, long size) throws IOException {
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(size);
        }
    }

    @Test
    void inCiOrWhenTurnedOffNoneIsMadeButOneThatIsThereIsUsed() throws Exception {
        Path java = Bundle.currentJava();
        lint(java, Map.of("CI", "true"));
        lint(java, Map.of("HERALD_ARCHIVE", "off"));
        Thread.sleep(1500);
        assertEquals(List.of(), made(), "nothing made");
        assertFalse(hasLock());
        lint(java, Map.of("HERALD_ARCHIVE", "wait"));
        assertEquals(1, made().size(), "wait makes it before the command runs: " + made());
        assertTrue(usesTheArchiveWith(java, Map.of("CI", "true")), "in CI an archive that is there is used");
        assertFalse(usesTheArchiveWith(java, Map.of("HERALD_ARCHIVE", "off")));
    }

    @Test
    void aFailureToMakeItIsSilentAndNotRepeated() throws Exception {
        withoutTheSample(bundle.home.resolve("lib/herald.jar"));
        Path java = Bundle.currentJava();
        lint(java, Map.of());
        awaitLog(1);
        assertTrue(made().get(0).contains(" could not make "), made().toString());
        lint(java, Map.of());
        lint(java, Map.of());
        Thread.sleep(1500);
        assertEquals(1, made().size(), "not tried again: " + made());
        assertFalse(hasLock());
        try (Stream<Path> s = Files.list(cache)) {
            assertTrue(s.anyMatch(p -> p.toString().endsWith(".failed")));
        }
    }

    /** Rewrites the jar without the training sample, so that the training run fails. */
    private static void withoutTheSample(Path jar) throws IOException {
        Path copy = jar.resolveSibling("herald.jar.new");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar)); OutputStream os = Files.newOutputStream(copy);
                ZipOutputStream out = new ZipOutputStream(os)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.getName().startsWith("herald/sample/")) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        Files.move(copy, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
