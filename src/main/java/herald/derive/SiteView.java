package herald.derive;

import herald.api.ApiFiles;
import java.time.Instant;
import java.util.List;

/**
 * Everything the render stage needs, decided in Java: which pages exist (path, template, view),
 * the banner, the feeds, the sitemap, the API, the calendar and the badges, as typed records.
 */
public record SiteView(String baseUrl, List<Page> pages, Banner banner, List<Feed> feeds, List<String> sitemapPaths,
        String notFoundTemplate, View.NotFound notFound, ApiFiles api, String calendarName, List<CalendarEvent> calendar,
        List<BadgeSpec> badges, List<Redirect> redirects) {

    /**
     * An old address of an imported entry (a folder, like a page's path) and the entry's page folder;
     * {@code title} names the entry on the redirect page.
     */
    public record Redirect(String from, String to, String title) {
    }

    /** One badge: where it goes, its two texts, its colour and its accessible title. */
    public record BadgeSpec(String path, String label, String value, String color, String title) {
    }

    /** One HTML page: where it goes, which template lays it out, and its view (built when rendered). */
    public record Page(String path, String template, java.util.function.Supplier<Object> view) {
        public static Page of(String path, String template, Object view) {
            return new Page(path, template, () -> view);
        }
    }

    /** banner.json, field for field as the spec gives it. */
    public record Banner(boolean active, String state, String impact, String message, String url, String updatedAt,
            List<BannerIncident> incidents, List<BannerMaintenance> maintenance) {
    }

    public record BannerIncident(String id, String title, String state, String url) {
    }

    /** A maintenance window the banner shows between start and end, by the client's clock. */
    public record BannerMaintenance(String id, String title, String message, String url, String start, String end) {
    }

    /** One RSS/Atom pair: the same items in both formats. */
    public record Feed(String rssPath, String atomPath, String title, String description, String pageUrl,
            Instant updated, List<FeedItem> items) {
    }

    public record FeedItem(String guid, String atomId, String title, String link, Instant published, String html) {
    }

    /** One maintenance window of maintenance.ics. */
    public record CalendarEvent(String uid, Instant stamp, Instant start, Instant end, Instant lastModified, int sequence,
            String summary, String description, String url, boolean cancelled) {
    }
}
