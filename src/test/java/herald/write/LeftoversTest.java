package herald.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Fixtures;
import herald.Git;
import herald.TestSite;
import herald.TestSite.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, defect 8: a killed build left {@code .site.herald-new} next to the site, a finished one
 * left {@code .site.herald-old-*} for a detached {@code rm -rf} to delete after Herald had exited.
 * Now a build stages in one hidden, git-ignored folder that is gone when the build ends, deletes
 * the previous site before it returns, and removes what a killed build left when it next starts.
 */
class LeftoversTest {
    @TempDir
    Path dir;

    private static final String NOW = "2026-11-27T14:30:00Z";

    private List<String> beside() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFinishedBuildLeavesNothingBesideTheSiteAndHasDeletedThePreviousOne() throws IOException {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
        assertEquals(0, TestSite.build(dir, NOW).exitCode());
        Path oldFile = dir.resolve("site/incidents/2026-11-20-slow-answers/index.html");
        assertEquals(0, TestSite.build(dir, NOW).exitCode());
        // when the command returns, the previous site is gone: nothing is left for another process to delete
        assertEquals(List.of("content", "site"), beside());
        assertTrue(Files.exists(oldFile), "the new site is in place");
    }

    @Test
    void whatAKilledBuildLeftIsHiddenIgnoredByGitAndRemovedByTheNextBuild() throws Exception {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
        Path theme = dir.resolve("slow-theme");
        TestSite.copyTree(TestSite.THEME, theme);
        // one page takes many seconds to render: the build is surely inside the write stage when it is killed
        String page = Files.readString(theme.resolve("templates/incident.ftlh"));
        Files.writeString(theme.resolve("templates/incident.ftlh"), "<#list 1..2000000000 as i></#list>" + page);
        Git.init(dir);
        Git.ok(dir, java.util.Map.of(), "add", "-A");
        Git.ok(dir, java.util.Map.of(), "commit", "-q", "-m", "content");

        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "herald.cli.Main",
                "build", "--now", NOW, "--theme", theme.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile()).start();
        try {
            Path staging = dir.resolve(StagingArea.NAME);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!hasWorkFolder(staging)) {
                assertTrue(build.isAlive(), () -> "the build ended before it could be killed: " + read(dir.resolve("build.log")));
                assertTrue(System.nanoTime() < deadline, "the build never started writing");
                Thread.sleep(20);
            }
        } finally {
            build.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs in the build
            build.waitFor(30, TimeUnit.SECONDS);
        }
        Files.delete(dir.resolve("build.log"));
        assertEquals(List.of(".git", StagingArea.NAME, "content", "slow-theme"), beside(), "the only leftover is the staging folder");
        try (Stream<Path> s = Files.list(dir.resolve(StagingArea.NAME))) {
            List<String> left = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of(".gitignore", "README.txt"), left.subList(0, 2));
            assertTrue(left.get(2).matches("site\\.new\\.\\d+\\.\\d+\\.\\d+"), left.toString());
        }
        assertEquals("", Git.ok(dir, java.util.Map.of(), "status", "--porcelain", "--untracked-files=all"), "git does not show it");

        Run next = TestSite.build(dir, NOW);
        assertEquals(0, next.exitCode(), next.out() + next.err());
        assertEquals(List.of(".git", "content", "site", "slow-theme"), beside(), "the next build removed it");
    }

    private static boolean hasWorkFolder(Path staging) throws IOException {
        if (!Files.isDirectory(staging)) {
            return false;
        }
        try (Stream<Path> s = Files.list(staging)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("site.new."));
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void onlyStaleWorkFoldersAreRemovedAndNothingElseInTheStagingFolder() throws Exception {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path staging = dir.resolve(StagingArea.NAME);
        Path stale = Files.createDirectories(staging.resolve("site.old." + gone.pid() + ".1.2/incidents"));
        Files.writeString(stale.resolve("x.html"), "left by a killed build");
        ProcessHandle self = ProcessHandle.current();
        long start = self.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
        Path running = Files.createDirectories(staging.resolve("public.new." + self.pid() + "." + start + ".7"));
        Files.writeString(staging.resolve("notes.txt"), "not Herald's");
        assertEquals(0, TestSite.build(dir, NOW).exitCode());
        assertFalse(Files.exists(staging.resolve(stale.getParent().getFileName())), "the dead process's folder is removed");
        assertTrue(Files.isDirectory(running), "a running build's folder is kept");
        assertEquals("not Herald's", Files.readString(staging.resolve("notes.txt")), "what is not Herald's is left alone");
    }
}
