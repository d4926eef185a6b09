package herald.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.TestSite;
import herald.TestSite.Run;
import herald.pipeline.Pipeline;
import herald.pipeline.PipelineOptions;
import herald.pipeline.PipelineResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * herald import cstate on a cState site written for these tests (src/test/resources/cstate/site: the
 * shapes of cState's example site in our own words): it imports, lints with 0 errors and builds.
 */
class CstateImportTest {
    static final Path SITE = Path.of("src/test/resources/cstate/site").toAbsolutePath();
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theSiteImportsLintsCleanAndBuilds() throws Exception {
        Run run = TestSite.runAt(dir, NOW, Map.of(), "import", "cstate", SITE.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("import: 8 written, 0 updated, 0 unchanged, 0 skipped"), run.out());
        assertTrue(run.err().contains("2020-12-01-draft-note.md: a draft, not imported"), run.err());
        String site = Files.readString(dir.resolve("content/site.yaml"));
        assertTrue(site.contains("title: Lumen Status\nbaseUrl: https://status.lumen.example/\ncomponents:\n  - id: gateway\n    name: Gateway\n"
                + "    group: Core\n"), site);
        assertTrue(site.contains("  - id: api\n    name: API\n    description: The public API.\n"), "an untitled category is no group: " + site);
        String outage = Files.readString(dir.resolve("content/incidents/2021-06-14-gateway-and-media-outage.md"));
        assertTrue(outage.contains("severity: S1\ncomponents: [gateway, media-proxy]\ntriggered: 2021-06-14T14:05:00Z\n"), outage);
        assertEquals(List.of("investigating", "monitoring", "resolved"), statuses(outage));
        assertTrue(outage.endsWith("---\n*Post-mortem*\n\nAt about 14:00 a storage node failed over by itself. The gateway did not reconnect,"
                + " and every request through it failed until we restarted it.\n"), outage);
        assertFalse(outage.contains("{{<"), outage);
        String open = Files.readString(dir.resolve("content/incidents/2024-11-30-api-dns-errors.md"));
        assertEquals(List.of("investigating", "investigating"), statuses(open));
        assertTrue(open.contains("body: |\n      Our dns monitor sees failures. Requests to the \"API\" may fail.\n"), open);
        String window = Files.readString(dir.resolve("content/maintenance/2022-05-07-database-maintenance.md"));
        assertTrue(window.contains("scheduled: {start: 2022-05-07T01:00:00Z, end: 2022-05-07T02:00:00Z}"), window);
        String slow = Files.readString(dir.resolve("content/incidents/2023-09-09-slow-api.md"));
        assertTrue(slow.contains("triggered: 2023-09-01T12:00:00Z"), "the tracks are before date: triggered follows them: " + slow);

        PipelineResult built = Pipeline.run(PipelineOptions.of(Path.of("content"), dir, NOW).write(null, null, dir.resolve("site")));
        assertEquals(List.of(), built.errors());
        assertTrue(Files.isRegularFile(dir.resolve("site/index.html")));
        Run again = TestSite.runAt(dir, NOW.plusSeconds(60), Map.of(), "import", "cstate", SITE.toString());
        assertTrue(again.out().contains("import: 0 written, 0 updated, 7 unchanged, 0 skipped"), again.out());
    }

    @Test
    void aBrokenIssueNamesItsFileAndLineAndWritesNothing() throws Exception {
        TestSite.copyTree(SITE, dir.resolve("old"));
        TestSite.put(dir, "old/content/issues/2025-01-01-broken.md", "---\ntitle: Broken\ndate: [oops\n---\nText.\n");
        Run run = TestSite.runAt(dir, NOW, Map.of(), "import", "cstate", "old");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("herald: old/content/issues/2025-01-01-broken.md:"), run.err());
        assertFalse(Files.exists(dir.resolve("content")));
    }

    private static List<String> statuses(String text) {
        return text.lines().filter(l -> l.startsWith("    status: ")).map(l -> l.substring(12)).toList();
    }
}
