package herald.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import herald.TestSite;
import herald.TestSite.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's property: whatever a mutated example holds, lint and build exit 0, 1 or 2, never say
 * "internal error" or print a stack trace, give every finding a file, line and column (inside the
 * file), print JSON that parses with --format json, and a build that succeeds writes only XML,
 * JSON and iCalendar files that real parsers read, with no forbidden character and no link of
 * another scheme than http, https or mailto ({@link OutputChecks}).
 *
 * <p>{@value #DEFAULT_COUNT} inputs from seed {@value #DEFAULT_SEED} per run; input i has seed
 * base + i. Replay one with {@code mvn test -Dtest=BadInputFuzzTest -Dherald.fuzz.seed=S
 * -Dherald.fuzz.count=1}; explore with another seed and a larger count ({@code -Dherald.fuzz.buildClean=1}
 * builds every input that lints clean).
 */
class BadInputFuzzTest {
    static final long DEFAULT_SEED = 20261127L;
    static final int DEFAULT_COUNT = 2000;
    /** One input in this many is also built (a build costs tens of lints)... */
    private static final int BUILD_EVERY = 200;
    /** ...and one in this many of those that lint clean, so that enough builds write a site whose files are checked. */
    private static final int BUILD_CLEAN_EVERY = Integer.getInteger("herald.fuzz.buildClean", 16);
    private static final Pattern FINDING = Pattern.compile("^(\\S[^:]*):(\\d+):(\\d+): (error|warning) \\[[a-z-]+\\] \\S.*$");
    private static final Pattern SUMMARY = Pattern.compile("^(lint passed: )?\\d+ errors?, \\d+ warnings? in \\d+ files?$");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void noMutationOfTheExampleCrashesLintOrBuildOrBreaksAnOutput() throws Exception {
        long seed = Long.getLong("herald.fuzz.seed", DEFAULT_SEED);
        int count = Integer.getInteger("herald.fuzz.count", DEFAULT_COUNT);
        ContentMutations mutations = ContentMutations.ofExample();
        int workers = Integer.getInteger("herald.fuzz.threads", Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
        AtomicIntegerArray tally = new AtomicIntegerArray(5); // lint exit 0, 1, 2; builds; builds that wrote a site
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long wallStart = System.nanoTime();
        long cpuStart = processCpuNanos();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int worker = w;
                Path project = dir.resolve("w" + w);
                for (Map.Entry<String, String> f : mutations.originals().entrySet()) {
                    TestSite.put(project, f.getKey(), f.getValue());
                }
                done.add(pool.submit(() -> {
                    for (int i = worker; i < count && failures.isEmpty(); i += workers) {
                        String failure = runOne(project, mutations, seed + i, i, tally);
                        if (failure != null) {
                            failures.add(failure);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(failures.isEmpty(), () -> failures.get(0));
        System.out.printf("fuzz: %d inputs from seed %d: lint exit 0/1/2 = %d/%d/%d; %d builds, %d wrote a site; %.1f s (%.1f s of CPU)%n",
                count, seed, tally.get(0), tally.get(1), tally.get(2), tally.get(3), tally.get(4),
                (System.nanoTime() - wallStart) / 1e9, (processCpuNanos() - cpuStart) / 1e9);
        if (count >= 1000) {
            assertTrue(tally.get(0) > count / 50 && tally.get(1) > count / 4 && tally.get(2) > 0, "the inputs reach every outcome: " + tally);
            assertTrue(tally.get(4) > 5, "some builds wrote a site, so their outputs were checked: " + tally);
        }
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** Lints (and now and then builds) one input in {@code project}; the failure in words, or null. */
    private String runOne(Path project, ContentMutations mutations, long seed, int i, AtomicIntegerArray tally) throws IOException {
        ContentMutations.Mutant m = mutations.generate(seed);
        for (Map.Entry<String, byte[]> f : m.files().entrySet()) {
            Path p = project.resolve(f.getKey());
            if (f.getValue() == null) {
                Files.delete(p);
                Files.createDirectory(p);
            } else {
                Files.write(p, f.getValue());
            }
        }
        try {
            boolean json = i % 2 == 1;
            Run lint = json ? TestSite.run(project, "lint", "--now", TestSite.EXAMPLE_NOW, "--format", "json")
                    : TestSite.run(project, "lint", "--now", TestSite.EXAMPLE_NOW);
            List<String> problems = check(project, lint, json);
            tally.incrementAndGet(Math.max(0, Math.min(2, lint.exitCode())));
            if (i % BUILD_EVERY == 0 || lint.exitCode() == 0 && i % BUILD_CLEAN_EVERY == 0) {
                tally.incrementAndGet(3);
                Run build = TestSite.run(project, "build", "--now", TestSite.EXAMPLE_NOW, "--theme", TestSite.THEME.toString(), "--out", "out");
                problems.addAll(check(project, build, false));
                if (build.exitCode() == 0) {
                    tally.incrementAndGet(4);
                    problems.addAll(OutputChecks.check(project.resolve("out")));
                }
            }
            return problems.isEmpty() ? null : String.join("\n", problems) + "\nreplay: -Dherald.fuzz.seed=" + m.seed()
                    + " -Dherald.fuzz.count=1\n" + m.describe();
        } finally {
            for (String path : m.files().keySet()) {
                if (Files.isDirectory(project.resolve(path))) {
                    Files.delete(project.resolve(path));
                }
                TestSite.put(project, path, mutations.originals().get(path));
            }
        }
    }

    /** Everything a run of lint or build must hold to, as problems in words. */
    private static List<String> check(Path dir, Run run, boolean json) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Long> lines = new java.util.HashMap<>();
        String all = run.out() + run.err();
        if (run.exitCode() < 0 || run.exitCode() > 2) {
            problems.add("exit " + run.exitCode());
        }
        if (all.contains("internal error") || all.contains("\tat ") || all.contains("Exception")) {
            problems.add("a crash:\n" + all);
        }
        for (String line : run.err().lines().toList()) {
            if (!line.startsWith("herald: ") && !line.startsWith("note: ")) {
                problems.add("stray stderr line: " + line);
            }
        }
        if (run.exitCode() == 2 && !run.err().contains("herald: ")) {
            problems.add("exit 2 without saying why");
        }
        if (json) {
            JsonNode doc;
            try {
                doc = JSON.readTree(run.out());
            } catch (IOException e) {
                problems.add("--format json output does not parse: " + e.getMessage() + "\n" + run.out());
                return problems;
            }
            for (JsonNode d : doc.path("diagnostics")) {
                position(dir, d.path("file").asText(), d.path("line").asInt(0), d.path("column").asInt(0), d.toString(), problems, lines);
                if (d.path("message").asText().isBlank() || d.path("rule").asText().isBlank()) {
                    problems.add("a finding without rule or message: " + d);
                }
            }
            if (run.exitCode() == 1 && doc.path("errors").asInt() == 0) {
                problems.add("exit 1 without an error");
            }
        } else {
            boolean anyError = false;
            for (String line : run.out().lines().toList()) {
                var m = FINDING.matcher(line);
                if (m.matches()) {
                    position(dir, m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), line, problems, lines);
                    anyError |= m.group(4).equals("error");
                } else if (!SUMMARY.matcher(line).matches() && !line.startsWith("wrote ")) {
                    problems.add("not a finding, summary or result: " + line);
                }
            }
            if (run.exitCode() == 1 && !anyError) {
                problems.add("exit 1 without an error finding");
            }
        }
        return problems;
    }

    /** A finding's file exists (or is a folder), and its line is inside it; {@code lines} caches line counts. */
    private static void position(Path dir, String file, int line, int column, String finding, List<String> problems,
            Map<String, Long> lines) throws IOException {
        Path p = dir.resolve(file);
        if (file.isBlank() || line < 1 || column < 1 || !Files.exists(p)) {
            problems.add("a finding without a real file, line and column: " + finding);
            return;
        }
        if (Files.isRegularFile(p)) {
            Long count = lines.get(file);
            if (count == null) {
                byte[] bytes = Files.readAllBytes(p);
                long n = 1;
                for (byte b : bytes) {
                    n += b == '\n' || b == '\r' ? 1 : 0;
                }
                count = n;
                lines.put(file, count);
            }
            if (line > count + 1) {
                problems.add("line " + line + " is past the end of " + file + " (" + count + " lines): " + finding);
            }
        }
    }
}
