package herald.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import herald.TestSite;
import herald.TestSite.Run;
import herald.api.StatuspageApi;
import herald.api.StatuspageJson;
import herald.diag.Work;
import herald.model.Content;
import herald.model.Incident;
import herald.model.SiteStatus;
import herald.pipeline.Pipeline;
import herald.pipeline.PipelineOptions;
import herald.pipeline.PipelineResult;
import herald.review.LinkChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GitHub's real Statuspage history (1,282 incidents, 2010-2023): imported whole, it lints with no
 * error, builds, passes check-links, and the incident object Herald's API mapping gives each imported
 * incident matches the original.
 */
class GithubHistoryTest {
    static final Path HISTORY = Path.of("/work/shared/fixtures/real/github/incidents");
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void allOfGithubsHistoryImportsLintsBuildsAndMapsBackToTheOriginal() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(HISTORY)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(1282, files.size());
        Run run = TestSite.runAt(dir, NOW, Map.of(), "import", "statuspage", HISTORY.toString());
        assertTrue(run.out().contains("import: 1283 written, 0 updated, 0 unchanged, 0 skipped"), run.out().lines().limit(5).toList()
                + "\n" + run.out().lines().skip(Math.max(0, run.out().lines().count() - 5)).toList());

        PipelineOptions options = PipelineOptions.of(Path.of("content"), dir, NOW);
        PipelineResult built = Pipeline.run(options.write(null, null, dir.resolve("site")));
        assertEquals(List.of(), built.errors().stream().limit(20).map(Object::toString).toList(), "lint errors on the imported history");
        assertTrue(built.written() > 1282, "build wrote " + built.written());
        LinkChecker.Report links = LinkChecker.internal(dir.resolve("site"));
        assertEquals(List.of(), links.broken().stream().limit(20).toList());

        Content content = built.model().orElseThrow();
        Map<String, Incident> byOriginal = new HashMap<>();
        for (Incident i : content.incidents()) {
            byOriginal.put(i.imported().id(), i);
        }
        int updates = 0;
        int statesMatch = 0;
        Map<String, Integer> stateMisses = new TreeMap<>();
        for (Path f : files) {
            JsonNode original = JSON.readTree(f.toFile()).get("incident");
            Incident incident = byOriginal.get(original.get("id").asText());
            assertTrue(incident != null, "not imported: " + f);
            Content one = new Content(content.site(), List.of(incident), List.of());
            StatuspageJson.Incident mapped = StatuspageApi.files(one, SiteStatus.at(one, NOW), NOW, null, content.site().baseUrl(), new Work())
                    .incidents().incidents().get(0);
            String where = f.getFileName().toString();
            assertEquals(original.get("id").asText(), mapped.id(), where);
            assertEquals(original.get("name").asText(), mapped.name(), where);
            assertEquals(original.get("status").asText(), mapped.status(), where);
            assertEquals(original.get("impact").asText(), mapped.impact(), where);
            Map<String, String> names = new HashMap<>(); // a component's name now (components were renamed over the years)
            original.get("components").forEach(c -> names.put(c.get("id").asText(), c.get("name").asText()));
            List<JsonNode> originalUpdates = new ArrayList<>();
            original.get("incident_updates").forEach(originalUpdates::add);
            originalUpdates.sort((a, b) -> instant(b.get("display_at")).compareTo(instant(a.get("display_at")))); // newest first, as the API lists them
            Instant started = instant(original.get("started_at"));
            Instant firstUpdate = instant(originalUpdates.get(originalUpdates.size() - 1).get("display_at"));
            // a few incidents were given a start after their first update; Herald's triggered may not follow its updates
            assertEquals(started.isAfter(firstUpdate) ? firstUpdate : started, instant(mapped.startedAt()), where);
            assertEquals(instant(original.get("resolved_at")), instant(mapped.resolvedAt()), where);
            assertEquals(originalUpdates.size(), mapped.incidentUpdates().size(), where);
            for (int u = 0; u < originalUpdates.size(); u++) {
                JsonNode ou = originalUpdates.get(u);
                StatuspageJson.IncidentUpdate mu = mapped.incidentUpdates().get(u);
                String at = where + " update " + ou.get("id").asText();
                assertEquals(ou.get("status").asText(), mu.status(), at);
                assertEquals(instant(ou.get("display_at")), instant(mu.displayAt()), at);
                assertEquals(text(ou.get("body").asText()), collapse(mu.body()), at);
                updates++;
                String miss = stateMiss(ou.get("affected_components"), mu.affectedComponents(), names);
                if (miss == null) {
                    statesMatch++;
                } else {
                    stateMisses.merge(miss, 1, Integer::sum);
                }
            }
        }
        System.out.println("GitHub history: affected_components[].new_status matches for " + statesMatch + " of " + updates
                + " updates; the others: " + stateMisses);
        assertTrue(statesMatch * 100L >= updates * 95L, statesMatch + " of " + updates + " updates match; the others: " + stateMisses);
    }

    private static Instant instant(JsonNode n) {
        return n == null || n.isNull() ? null : OffsetDateTime.parse(n.asText()).toInstant();
    }

    private static Instant instant(String t) {
        return t == null ? null : OffsetDateTime.parse(t).toInstant();
    }

    /** The original body as text: HTML markup stripped (the literal "\r\n" of the archive a break), whitespace collapsed. */
    static String text(String html) {
        return collapse(Jsoup.parseBodyFragment(html.replace("\\r\\n", "\n")).body().text());
    }

    static String collapse(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Null when Herald's affected components give every original new_status (an original null: none given); else why not. */
    private static String stateMiss(JsonNode original, List<StatuspageJson.AffectedComponent> mapped, Map<String, String> names) {
        Map<String, String> mine = new HashMap<>();
        if (mapped != null) {
            mapped.forEach(a -> mine.put(a.name(), a.newStatus()));
        }
        if (original == null || original.isNull()) {
            return mine.isEmpty() ? null : "original null, Herald lists components";
        }
        for (JsonNode a : original) {
            String got = mine.get(names.getOrDefault(a.get("code").asText(), a.get("name").asText()));
            if (got == null) {
                return "component missing";
            }
            if (!got.equals(a.get("new_status").asText())) {
                return a.get("new_status").asText() + " shown as " + got;
            }
        }
        return null;
    }
}
