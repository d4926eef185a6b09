package herald.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import herald.TestSite;
import herald.TestSite.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the small fixture in src/test/resources/golden/basic/content and compares the whole site,
 * file by file, with the checked-in expected site. On a difference it shows a unified-style diff.
 * Re-bless after reviewing a deliberate change: mvn test -Dtest=GoldenSiteTest -Dgolden.update=true
 */
class GoldenSiteTest {
    static final Path CASE = Path.of("src/test/resources/golden/basic");
    static final String NOW = "2026-11-27T11:30:00Z";

    @TempDir
    Path dir;

    @Test
    void theBuiltSiteMatchesTheExpectedFiles() throws IOException {
        Run run = TestSite.run(dir, "build", "--content", CASE.resolve("content").toAbsolutePath().toString(),
                "--out", dir.resolve("site").toString(), "--now", NOW, "--theme", TestSite.THEME.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        SortedMap<String, byte[]> actual = TestSite.files(dir.resolve("site"));
        Path expectedDir = CASE.resolve("site");
        if (Boolean.getBoolean("golden.update")) {
            herald.write.SiteWriterAccess.deleteTree(expectedDir);
            for (var e : actual.entrySet()) {
                Path p = expectedDir.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
        }
        SortedMap<String, byte[]> expected = TestSite.files(expectedDir);
        List<String> problems = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>(expected.keySet());
        all.addAll(actual.keySet());
        for (String path : all) {
            byte[] want = expected.get(path);
            byte[] got = actual.get(path);
            if (want == null) {
                problems.add("unexpected file: " + path);
            } else if (got == null) {
                problems.add("missing file: " + path);
            } else if (!Arrays.equals(want, got)) {
                problems.add(diff(path, new String(want, StandardCharsets.UTF_8), new String(got, StandardCharsets.UTF_8)));
            }
        }
        if (!problems.isEmpty()) {
            fail("the built site differs from " + expectedDir + " (re-bless with -Dgolden.update=true after review):\n"
                    + String.join("\n", problems));
        }
    }

    /** A short unified-style diff: the first differing region with three lines of context. */
    static String diff(String path, String want, String got) {
        String[] a = want.split("\n", -1);
        String[] b = got.split("\n", -1);
        int start = 0;
        while (start < a.length && start < b.length && a[start].equals(b[start])) {
            start++;
        }
        int endA = a.length - 1;
        int endB = b.length - 1;
        while (endA > start && endB > start && a[endA].equals(b[endB])) {
            endA--;
            endB--;
        }
        StringBuilder sb = new StringBuilder("--- expected/" + path + "\n+++ actual/" + path + "\n");
        sb.append("@@ line ").append(start + 1).append(" @@\n");
        for (int i = Math.max(0, start - 3); i < start; i++) {
            sb.append("  ").append(a[i]).append('\n');
        }
        for (int i = start; i <= endA && i < start + 20; i++) {
            sb.append("- ").append(a[i]).append('\n');
        }
        for (int i = start; i <= endB && i < start + 20; i++) {
            sb.append("+ ").append(b[i]).append('\n');
        }
        return sb.toString();
    }
}
