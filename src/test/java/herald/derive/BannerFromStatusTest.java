package herald.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.model.Component;
import herald.model.Content;
import herald.model.Incident;
import herald.model.Maintenance;
import herald.model.Policy;
import herald.diag.Pos;
import herald.model.Severity;
import herald.model.Site;
import herald.model.SiteStatus;
import herald.model.Update;
import herald.model.UpdateStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The banner computed from content and its status alone (as reviews do) is the one the site publishes. */
class BannerFromStatusTest {

    private static Update update(String at, UpdateStatus status) {
        return new Update(OffsetDateTime.parse(at), status, "o", "s", "e", null, null, "b");
    }

    @Test
    void theBannerFromTheStatusEqualsTheBuiltOne() {
        Incident i = new Incident("2026-11-10-api", "f", "API errors", Severity.S2, List.of("a"),
                OffsetDateTime.parse("2026-11-10T10:00:00Z"), null, null, "Some API calls fail.", null, null,
                List.of(update("2026-11-10T10:05:00Z", UpdateStatus.INVESTIGATING)), null, null);
        Maintenance m = new Maintenance("2026-11-12-db", "f", "DB", List.of("a"), OffsetDateTime.parse("2026-11-12T10:00:00Z"),
                OffsetDateTime.parse("2026-11-12T12:00:00Z"), "b", List.of(update("2026-11-09T10:00:00Z", UpdateStatus.SCHEDULED)), null, null);
        // no trailing slash: the banner's links still get exactly one
        Site site = new Site("T", "https://x.example", "en", ZoneOffset.UTC, null, null,
                List.of(new Component("a", "A", null, null)), Policy.DEFAULT);
        Content content = new Content(site, List.of(i), List.of(m));
        for (String at : List.of("2026-11-10T10:30:00Z", "2026-11-10T09:00:00Z", "2026-11-12T11:00:00Z")) {
            Instant now = Instant.parse(at);
            SiteView.Banner alone = SiteViewBuilder.banner(content, SiteStatus.at(content, now), now);
            assertEquals(SiteViewBuilder.build(content, now, null, new herald.diag.Work()).banner(), alone, at);
        }
        Instant now = Instant.parse("2026-11-10T10:30:00Z");
        SiteView.Banner open = SiteViewBuilder.banner(content, SiteStatus.at(content, now), now);
        assertTrue(open.active());
        assertEquals("https://x.example/incidents/2026-11-10-api/", open.url());
        assertEquals("2026-11-10T10:05:00Z", open.updatedAt());
    }
}
