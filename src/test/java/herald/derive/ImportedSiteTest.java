package herald.derive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import herald.Fixtures;
import herald.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site with imported history, per-update states and a re-opened incident, built as users build
 * it: the page, the component states, the API, the redirects and the feed aliases.
 */
class ImportedSiteTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String IMPORTED = """
            ---
            title: Elevated errors for Git operations
            severity: S3
            components: [answers-api, citations]
            triggered: 2026-11-20T10:00:00Z
            imported: {from: statuspage, id: kzmq6m0n0xj3, url: https://stspg.io/abc123, at: 2026-11-26T09:00:00Z}
            updates:
              - at: 2026-11-20T10:00:00Z
                status: resolved
                imported: {id: upd1original}
                body: |
                  Git operations failed for some users.

                  This incident has been resolved.
            ---
            """;
    /** Open at now (11:10): major outage on answers, degraded citations, then answers partial. */
    static final String OPEN = """
            ---
            title: Answers failing
            severity: S2
            components: [answers-api, citations]
            triggered: 2026-11-27T10:00:00Z
            banner: Some answers fail right now. We are working on it.
            updates:
              - at: 2026-11-27T10:05:00Z
                status: investigating
                owner: Comms lead
                scope: all regions
                effect: answers fail
                next: 2026-11-27T10:20:00Z
                state: {answers-api: major-outage, citations: degraded-performance}
                body: We are investigating failing answers. Next update in 15 minutes.
              - at: 2026-11-27T10:20:00Z
                status: resolved
                owner: Comms lead
                scope: all regions
                effect: none
                body: Resolved.
              - at: 2026-11-27T11:00:00Z
                status: investigating
                owner: Comms lead
                scope: all regions
                effect: some answers fail
                next: 2026-11-27T11:15:00Z
                state: {answers-api: partial-outage}
                body: Some answers fail again. We are investigating. Next update at 11:15 UTC.
            ---
            """;

    @TempDir
    Path dir;

    private Path build() {
        TestSite.write(dir, "-- content/site.yaml --\n" + Fixtures.SITE
                + "-- content/incidents/2026-11-20-git-errors.md --\n" + IMPORTED
                + "-- content/incidents/2026-11-27-answers.md --\n" + OPEN);
        TestSite.Run run = TestSite.build(dir, "2026-11-27T11:10:00Z");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return dir.resolve("site");
    }

    @Test
    void theImportedIncidentSaysWhereItCameFromAndThatItsDurationIsUnknown() throws Exception {
        Document page = Jsoup.parse(build().resolve("incidents/2026-11-20-git-errors/index.html").toFile());
        assertEquals("Imported from Statuspage", page.select("p.imported").text());
        assertEquals("duration unknown", page.select("dt:containsOwn(Duration) + dd").text());
    }

    @Test
    void theOldAddressRedirectsToTheEntry() throws Exception {
        Path site = build();
        Document redirect = Jsoup.parse(site.resolve("incidents/kzmq6m0n0xj3/index.html").toFile());
        assertEquals("https://status.test.example/incidents/2026-11-20-git-errors/", redirect.select("link[rel=canonical]").attr("href"));
        assertEquals("0; url=../../incidents/2026-11-20-git-errors/index.html", redirect.select("meta[http-equiv=refresh]").attr("content"));
        assertEquals("# Old addresses of imported entries (Netlify and Cloudflare Pages); each also has a redirect page.\n"
                + "/incidents/kzmq6m0n0xj3 /incidents/2026-11-20-git-errors/ 301\n", Files.readString(site.resolve("_redirects")));
        assertArrayEquals(Files.readAllBytes(site.resolve("feed.xml")), Files.readAllBytes(site.resolve("history.rss")));
        assertArrayEquals(Files.readAllBytes(site.resolve("atom.xml")), Files.readAllBytes(site.resolve("history.atom")));
    }

    @Test
    void underABaseUrlWithAPathTheOldAddressIsMatchedAtTheDeployRootAndRedirectsInsideThePath() throws Exception {
        // Netlify and Cloudflare Pages match _redirects (and _headers) from the root of what was
        // deployed; a site proxied in under /status/ still sends its visitors to /status/...
        TestSite.write(dir, "-- content/site.yaml --\n" + Fixtures.SITE
                + "-- content/incidents/2026-11-20-git-errors.md --\n" + IMPORTED);
        assertEquals(0, TestSite.run(dir, "build", "--now", "2026-11-27T11:10:00Z", "--base-url", "https://example.org/status/").exitCode());
        assertEquals("# Old addresses of imported entries (Netlify and Cloudflare Pages); each also has a redirect page.\n"
                + "/incidents/kzmq6m0n0xj3 /status/incidents/2026-11-20-git-errors/ 301\n", Files.readString(dir.resolve("site/_redirects")));
        assertTrue(Files.readString(dir.resolve("site/_headers")).contains("\n/api/*\n"));
    }

    @Test
    void anOldAddressInsideAFolderHeraldWritesWholeGetsNoRedirect() throws Exception {
        // cState keeps an entry's address in its url; one under api/ (the manifest's folder) must not become a page there
        String cstate = IMPORTED.replace("title: Elevated errors for Git operations", "title: Old cState post")
                .replace("imported: {from: statuspage, id: kzmq6m0n0xj3, url: https://stspg.io/abc123,",
                        "imported: {from: cstate, id: old-post, url: https://old.example/api/herald/old-post/,")
                .replace("    imported: {id: upd1original}\n", "");
        String kept = IMPORTED.replace("title: Elevated errors for Git operations", "title: Kept cState post")
                .replace("imported: {from: statuspage, id: kzmq6m0n0xj3, url: https://stspg.io/abc123,",
                        "imported: {from: cstate, id: kept-post, url: https://old.example/issues/kept-post/,")
                .replace("    imported: {id: upd1original}\n", "");
        TestSite.write(dir, "-- content/site.yaml --\n" + Fixtures.SITE
                + "-- content/incidents/2026-11-20-old-post.md --\n" + cstate
                + "-- content/incidents/2026-11-20-kept-post.md --\n" + kept);
        TestSite.Run run = TestSite.build(dir, "2026-11-27T11:10:00Z");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        Path site = dir.resolve("site");
        assertEquals("# Old addresses of imported entries (Netlify and Cloudflare Pages); each also has a redirect page.\n"
                + "/issues/kept-post /incidents/2026-11-20-kept-post/ 301\n", Files.readString(site.resolve("_redirects")));
        assertFalse(Files.exists(site.resolve("api/herald/old-post/index.html")));
    }

    @Test
    void theApiUsesTheOriginalIdsAndKeepsParagraphs() throws Exception {
        JsonNode incidents = JSON.readTree(build().resolve("api/v2/incidents.json").toFile()).get("incidents");
        JsonNode git = incidents.get(1);
        assertEquals("kzmq6m0n0xj3", git.get("id").asText());
        JsonNode update = git.get("incident_updates").get(0);
        assertEquals("upd1original", update.get("id").asText());
        assertEquals("kzmq6m0n0xj3", update.get("incident_id").asText());
        assertEquals("Git operations failed for some users.\n\nThis incident has been resolved.", update.get("body").asText());
        assertTrue(update.get("affected_components").isNull(), "Statuspage set no state: " + update);
    }

    @Test
    void componentStatesFollowTheUpdatesOfTheReopenedIncident() throws Exception {
        Path site = build();
        JsonNode summary = JSON.readTree(site.resolve("api/v2/summary.json").toFile());
        assertEquals("2026-11-27-answers", summary.get("incidents").get(0).get("id").asText());
        assertEquals("investigating", summary.get("incidents").get(0).get("status").asText());
        assertEquals(null, summary.get("incidents").get(0).get("resolved_at").textValue());
        JsonNode components = summary.get("components");
        assertEquals("partial_outage", component(components, "answers-api").get("status").asText());
        // the map named answers-api only: citations keeps the degraded state the first update gave it
        assertEquals("degraded_performance", component(components, "citations").get("status").asText());
        JsonNode reopening = summary.get("incidents").get(0).get("incident_updates").get(0);
        assertEquals(1, reopening.get("affected_components").size());
        assertEquals("operational", reopening.get("affected_components").get(0).get("old_status").asText());
        assertEquals("partial_outage", reopening.get("affected_components").get(0).get("new_status").asText());
        JsonNode banner = JSON.readTree(site.resolve("banner.json").toFile());
        assertTrue(banner.get("active").asBoolean());
        assertEquals("partial-outage", banner.get("state").asText());
        Document index = Jsoup.parse(site.resolve("index.html").toFile());
        assertFalse(index.select("section, div").select(":containsOwn(Answers failing)").isEmpty());
    }

    private static JsonNode component(JsonNode components, String id) {
        for (JsonNode c : components) {
            if (id.equals(c.get("id").asText())) {
                return c;
            }
        }
        throw new AssertionError("no component " + id);
    }
}
