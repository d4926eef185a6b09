package herald.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.TestSite;
import herald.TestSite.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** herald import statuspage, in-process: each source shape, re-imports, hand edits, odd titles, re-opening and malformed sources. */
class StatuspageImportTest {
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final Path FIXTURES = Path.of("/work/shared/fixtures/statuspage");

    @TempDir
    Path dir;

    Run importing(String... sources) {
        String[] args = new String[sources.length + 2];
        args[0] = "import";
        args[1] = "statuspage";
        System.arraycopy(sources, 0, args, 2, sources.length);
        return TestSite.runAt(dir, NOW, Map.of(), args);
    }

    String read(String path) throws IOException {
        return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
    }

    void put(String path, String text) throws IOException {
        TestSite.put(dir, path, text);
    }

    @Test
    void aSummaryGivesTheSiteItsComponentsAnOpenIncidentAndAWindow() throws IOException {
        Files.copy(FIXTURES.resolve("summary-with-incident-and-maintenance.json"), dir.resolve("summary.json"));
        Run run = importing("summary.json");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        String site = read("content/site.yaml");
        assertTrue(site.contains("title: Huobi\nbaseUrl: https://status.huobigroup.com/\ntimezone: Etc/UTC\ncomponents:\n  - id: deposit\n"
                + "    name: Deposit\n"), site);
        assertTrue(site.contains("  - id: market-data\n    name: Market data\n"), site);
        String incident = read("content/incidents/2020-02-11-market-data-is-delayed.md");
        assertTrue(incident.contains("""
                title: Market data is delayed
                severity: S3
                components: [market-data]
                triggered: 2020-02-11T03:15:01.906Z
                imported:
                  from: statuspage
                  id: rclfxz2g21ly
                  url: http://stspg.io/pkvbwp8jppf9
                  at: 2026-12-01T12:00:00Z
                """), incident);
        assertTrue(incident.contains("""
                  - at: 2020-02-11T03:15:02Z
                    status: investigating
                    state: {market-data: degraded-performance}
                    imported: {id: dwfsk5ttyvtb}
                    body: Market data is delayed
                """), incident);
        List<Path> windows = Files.list(dir.resolve("content/maintenance")).toList();
        assertEquals(1, windows.size());
        String window = Files.readString(windows.get(0));
        assertTrue(window.contains("scheduled: {start: 2020-02-15T00:00:00Z, end: 2020-02-15T01:00:00Z}"), window);
        assertTrue(window.contains("    status: scheduled\n"), window);
        assertTrue(run.out().contains("import: 3 written, 0 updated, 0 unchanged, 0 skipped"), run.out());
    }

    @Test
    void anIncidentsListKeepsEveryUpdateInOrderWithItsOffsetAndStates() throws IOException {
        Files.copy(FIXTURES.resolve("incidents-resolved.json"), dir.resolve("incidents.json"));
        Run run = importing("incidents.json");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        Path file = Files.list(dir.resolve("content/incidents")).findFirst().orElseThrow();
        String text = Files.readString(file);
        List<String> times = text.lines().filter(l -> l.startsWith("  - at: ")).toList();
        assertEquals(4, times.size(), text);
        assertTrue(times.stream().allMatch(t -> t.endsWith("-08:00")), times.toString());
        assertEquals(times.stream().sorted().toList(), times);
        assertEquals(List.of("investigating", "investigating", "monitoring", "resolved"),
                text.lines().filter(l -> l.startsWith("    status: ")).map(l -> l.substring(12)).toList());
        assertEquals(4, text.lines().filter(l -> l.startsWith("    state: {")).count(), text);
    }

    @Test
    void componentsWithGroupsAreAppendedToSiteYamlKeepingItsCommentsAndOrder() throws IOException {
        String before = """
                # our status page
                title: Acme Status   # shown in the header
                baseUrl: https://status.acme.example/
                components:
                    # the API first
                    -   id: api
                        name: Public API
                policy:
                  historyDays: 30
                """;
        put("content/site.yaml", before);
        put("components.json", "{" + Sp.PAGE + ", \"components\": [" + String.join(",\n",
                Sp.component("c1", "Public API", 1),
                "{\"id\": \"g1\", \"name\": \"Payments\", \"group\": true, \"position\": 2, \"components\": [\"c2\", \"c3\"]}",
                Sp.component("c2", "Cards", 3).replace("\"group_id\": null", "\"group_id\": \"g1\""),
                Sp.component("c3", "Bank: transfers", 4).replace("\"group_id\": null", "\"group_id\": \"g1\"")) + "]}");
        Run run = importing("components.json");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals(before.replace("""
                        name: Public API
                """, """
                        name: Public API
                    -   id: cards
                        name: Cards
                        group: Payments
                    -   id: bank-transfers
                        name: "Bank: transfers"
                        group: Payments
                """), read("content/site.yaml"));
        assertTrue(run.out().contains("wrote content/site.yaml (2 components added)"), run.out());
        String after = read("content/site.yaml");
        Run again = importing("components.json");
        assertEquals(after, read("content/site.yaml"));
        assertTrue(again.out().contains("import: 0 written"), again.out());
    }

    @Test
    void unresolvedMaintenancesAndSingleIncidentsAreReadByTheirKeys() throws IOException {
        put("content/site.yaml", "title: Acme\nbaseUrl: https://status.acme.example/\ncomponents:\n  - id: api\n    name: API\n");
        String open = Sp.incident("open1", "Slow API", "major", "2026-03-01T10:00:00.000Z", "2026-03-01T10:05:00.000Z",
                List.of(Sp.component("api1", "API", 1)), Sp.update("u1", "investigating", "2026-03-01T10:05:00.000Z", "Looking.", "api1:partial_outage"));
        put("unresolved.json", "{" + Sp.PAGE + ", \"incidents\": [" + open + "]}");
        put("maintenances.json", "{" + Sp.PAGE + ", \"scheduled_maintenances\": [" + Sp.maintenance("m1", "DB upgrade",
                "2026-02-01T02:00:00.000Z", "2026-02-01T03:00:00.000Z",
                Sp.update("m1a", "scheduled", "2026-01-25T09:00:00.000Z", "We will upgrade."),
                Sp.update("m1b", "in_progress", "2026-02-01T02:00:00.000Z", "Started.", "api1:under_maintenance"),
                Sp.update("m1c", "verifying", "2026-02-01T02:40:00.000Z", "Checking."),
                Sp.update("m1d", "completed", "2026-02-01T02:50:00.000Z", "Done.", "api1:operational")) + "]}");
        String single = Sp.incident("one1", "Login errors", "critical", "2026-01-05T08:00:00.000Z", "2026-01-05T09:00:00.000Z", List.of(),
                Sp.update("o1", "identified", "2026-01-05T08:03:00.000Z", "Found it."),
                Sp.update("o2", "resolved", "2026-01-05T09:00:00.000Z", "Fixed."));
        put("incident.json", "{" + Sp.PAGE + ", \"incident\": " + single + "}");
        put("bare.json", Sp.incident("bare1", "Webhooks delayed", "none", "2026-01-07T08:00:00.000Z", "2026-01-07T08:10:00.000Z",
                List.of(Sp.component("api1", "API", 1)), Sp.update("b1", "resolved", "2026-01-07T08:10:00.000Z", "Delivered late.")));
        Run run = importing("unresolved.json", "maintenances.json", "incident.json", "bare.json");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(read("content/incidents/2026-03-01-slow-api.md").contains("severity: S2\ncomponents: [api]\n"));
        assertTrue(read("content/incidents/2026-01-05-login-errors.md").contains("severity: S1\ncomponents: []\n"));
        assertTrue(read("content/incidents/2026-01-07-webhooks-delayed.md").contains("severity: S4\n"));
        String window = read("content/maintenance/2026-02-01-db-upgrade.md");
        assertEquals(List.of("scheduled", "in-progress", "verifying", "completed"),
                window.lines().filter(l -> l.startsWith("    status: ")).map(l -> l.substring(12)).toList());
        assertTrue(window.contains("    state: {api: maintenance}\n"), window);
        assertEquals("title: Acme\nbaseUrl: https://status.acme.example/\ncomponents:\n  - id: api\n    name: API\n", read("content/site.yaml"),
                "the component already there (same name) is used, not added again");
    }

    @Test
    void reimportingTheSameSourcesChangesNothing() throws IOException {
        Files.copy(FIXTURES.resolve("summary-with-incident-and-maintenance.json"), dir.resolve("summary.json"));
        Files.copy(FIXTURES.resolve("incidents-resolved.json"), dir.resolve("incidents.json"));
        assertEquals(0, importing("summary.json", "incidents.json").exitCode());
        SortedMap<String, byte[]> first = TestSite.files(dir.resolve("content"));
        Run again = TestSite.runAt(dir, NOW.plusSeconds(86_400), Map.of(), "import", "statuspage", "incidents.json", "summary.json");
        assertEquals(0, again.exitCode(), again.out() + again.err());
        assertTrue(again.out().contains("import: 0 written, 0 updated, 3 unchanged, 0 skipped"), again.out());
        SortedMap<String, byte[]> second = TestSite.files(dir.resolve("content"));
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8),
                new String(second.get(path), StandardCharsets.UTF_8), path));
    }

    @Test
    void aNewerSourceUpdatesImportedEntriesButNeverOneEditedByHand() throws IOException {
        String a1 = Sp.update("a1", "investigating", "2026-01-10T10:00:00.000Z", "Checking A.");
        String b1 = Sp.update("b1", "investigating", "2026-01-11T10:00:00.000Z", "Checking B.");
        put("old.json", "{" + Sp.PAGE + ", \"incidents\": [" + Sp.incident("aaa", "Incident A", "minor", "2026-01-10T10:00:00.000Z",
                "2026-01-10T10:00:00.000Z", List.of(), a1) + ", " + Sp.incident("bbb", "Incident B", "minor", "2026-01-11T10:00:00.000Z",
                "2026-01-11T10:00:00.000Z", List.of(), b1) + "], \"components\": [" + Sp.component("c1", "API", 1) + "]}");
        Run first = importing("old.json");
        assertEquals(0, first.exitCode(), first.out() + first.err());
        Path a = dir.resolve("content/incidents/2026-01-10-incident-a.md");
        Path b = dir.resolve("content/incidents/2026-01-11-incident-b.md");
        TestSite.edit(b, "body: Checking B.", "body: Checking B, in our own words.");
        String edited = Files.readString(b);
        put("new.json", "{" + Sp.PAGE + ", \"incidents\": [" + Sp.incident("aaa", "Incident A", "minor", "2026-01-10T10:00:00.000Z",
                "2026-01-10T11:00:00.000Z", List.of(), a1, Sp.update("a2", "resolved", "2026-01-10T11:00:00.000Z", "Fixed A.")) + ", "
                + Sp.incident("bbb", "Incident B", "minor", "2026-01-11T10:00:00.000Z", "2026-01-11T11:00:00.000Z", List.of(), b1,
                Sp.update("b2", "resolved", "2026-01-11T11:00:00.000Z", "Fixed B.")) + "]}");
        Run run = TestSite.runAt(dir, NOW.plusSeconds(3600), Map.of(), "import", "statuspage", "new.json");
        assertTrue(run.out().contains("updated content/incidents/2026-01-10-incident-a.md"), run.out());
        assertTrue(Files.readString(a).contains("body: Fixed A.") && Files.readString(a).contains("at: 2026-12-01T13:00:00Z"));
        assertEquals(edited, Files.readString(b));
        assertTrue(run.err().contains("skipped content/incidents/2026-01-11-incident-b.md: edited by hand since it was imported"), run.err());
        assertTrue(run.out().contains("import: 0 written, 1 updated, 0 unchanged, 1 skipped (edited by hand)"), run.out());
    }

    @Test
    void nonAsciiAndEmojiTitlesGetValidUniqueIds() throws IOException {
        String[][] titles = {{"n1", "Störung der Zahlungsabwicklung"}, {"n2", "Сбой API"}, {"n3", "🔥🔥🔥"}, {"n4", "服务中断"},
            {"n5", "Störung der Zahlungsabwicklung"}, {"n6", "🚀 Déploiement ratée"}};
        StringBuilder list = new StringBuilder();
        for (String[] t : titles) {
            list.append(list.length() == 0 ? "" : ",").append(Sp.incident(t[0], t[1], "minor", "2026-02-02T10:00:00.000Z",
                    "2026-02-02T10:00:00.000Z", List.of(), Sp.update(t[0] + "u", "resolved", "2026-02-02T10:05:00.000Z", "Fixed.")));
        }
        put("content/site.yaml", "title: Acme\nbaseUrl: https://status.acme.example/\ncomponents:\n  - id: api\n    name: API\n");
        put("list.json", "{\"incidents\": [" + list + "]}");
        Run run = importing("list.json");
        List<String> names = Files.list(dir.resolve("content/incidents")).map(p -> p.getFileName().toString()).sorted().toList();
        assertEquals(java.util.stream.Stream.of("2026-02-02-deploiement-ratee.md", "2026-02-02-incident-" + Slugs.hash("🔥🔥🔥") + ".md",
                "2026-02-02-incident-" + Slugs.hash("服务中断") + ".md", "2026-02-02-sboy-api.md",
                "2026-02-02-storung-der-zahlungsabwicklung-2.md", "2026-02-02-storung-der-zahlungsabwicklung.md").sorted().toList(), names);
        assertTrue(read("content/incidents/2026-02-02-deploiement-ratee.md").contains("title: 🚀 Déploiement ratée\n"));
        assertFalse(run.out().contains("[invalid-value]") || run.out().contains("[duplicate-id]"), run.out());
    }

    @Test
    void aReopenedIncidentKeepsItsUpdatesInOrder() throws IOException {
        put("content/site.yaml", "title: Acme\nbaseUrl: https://status.acme.example/\ncomponents:\n  - id: api\n    name: API\n");
        put("reopened.json", "{\"incidents\": [" + Sp.incident("re1", "Errors again", "major", "2026-02-03T10:00:00.000Z",
                "2026-02-03T12:00:00.000Z", List.of(Sp.component("api1", "API", 1)),
                Sp.update("r1", "investigating", "2026-02-03T10:00:00.000Z", "Errors.", "api1:major_outage"),
                Sp.update("r2", "resolved", "2026-02-03T10:30:00.000Z", "Fixed.", "api1:operational"),
                Sp.update("r3", "investigating", "2026-02-03T11:00:00.000Z", "Errors are back.", "api1:partial_outage"),
                Sp.update("r4", "resolved", "2026-02-03T12:00:00.000Z", "Fixed for good.", "api1:operational")) + "]}");
        Run run = importing("reopened.json");
        String text = read("content/incidents/2026-02-03-errors-again.md");
        assertEquals(List.of("investigating", "resolved", "investigating", "resolved"),
                text.lines().filter(l -> l.startsWith("    status: ")).map(l -> l.substring(12)).toList());
        assertEquals(List.of("{api: major-outage}", "{api: operational}", "{api: partial-outage}", "{api: operational}"),
                text.lines().filter(l -> l.startsWith("    state: ")).map(l -> l.substring(11)).toList());
        assertFalse(run.out().contains("[after-resolved]"), run.out());
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    @Test
    void aMalformedSourceNamesTheSourceAndTheJsonPathAndWritesNothing() throws IOException {
        Files.copy(FIXTURES.resolve("incidents-resolved.json"), dir.resolve("good.json"));
        put("bad.json", "{\"incidents\": [" + Sp.incident("x1", "Fine", "minor", "2026-02-03T10:00:00.000Z", "2026-02-03T10:00:00.000Z",
                List.of(), Sp.update("x1a", "investigating", "2026-02-03T10:00:00.000Z", "One."),
                Sp.update("x1b", "resolved", "2026-02-03T10:30:00.000Z", "Two.")).replace("\"display_at\": \"2026-02-03T10:00:00.000Z\"",
                "\"display_at\": 42") + "]}");
        Run run = importing("good.json", "bad.json");
        assertEquals(2, run.exitCode());
        assertEquals("herald: bad.json: $.incidents[0].incident_updates[1].display_at: expected a text or null, found a number (42)"
                + " (nothing written)\n", run.err());
        assertFalse(Files.exists(dir.resolve("content")));
        put("broken.json", "{\"incidents\": [\n  {\"id\": \"x\",,}\n]}");
        Run syntax = importing("broken.json");
        assertEquals(2, syntax.exitCode());
        assertTrue(syntax.err().startsWith("herald: broken.json:2:14: not valid JSON: "), syntax.err());
        put("status.json", "{\"incidents\": [" + Sp.incident("x2", "Odd", "minor", "2026-02-03T10:00:00.000Z", "2026-02-03T10:00:00.000Z",
                List.of(), Sp.update("x2a", "fixing", "2026-02-03T10:00:00.000Z", "One.")) + "]}");
        assertTrue(importing("status.json").err().startsWith("herald: status.json: $.incidents[0].incident_updates[0].status: unknown incident"
                + " update status \"fixing\"; expected investigating, identified, monitoring, resolved, postmortem"));
        assertFalse(Files.exists(dir.resolve("content")));
    }

    @Test
    void withoutASiteYamlOrAPageTheImportSaysWhatToDo() throws IOException {
        put("bare.json", Sp.incident("bare1", "Webhooks delayed", "none", "2026-01-07T08:00:00.000Z", "2026-01-07T08:10:00.000Z",
                List.of(), Sp.update("b1", "resolved", "2026-01-07T08:10:00.000Z", "Delivered late.")));
        Run run = importing("bare.json");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("there is no site.yaml yet and no source names the old page"), run.err());
    }
}
