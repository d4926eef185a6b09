package herald.derive;

import herald.announce.Announcement;
import herald.api.ComponentHistory;
import herald.diag.Work;
import herald.markdown.Markdown;
import herald.model.Component;
import herald.model.Content;
import herald.model.Entry;
import herald.model.Incident;
import herald.model.Maintenance;
import herald.model.Site;
import herald.model.UpdateStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * What {@code herald announce} says about each new public update, in the site's own words: the
 * title, link, status and time as the pages show them, the body as plain text, Markdown and the
 * same sanitized HTML, the components' states before and at the update (the API's
 * {@code affected_components}), and the entry's public history for the Statuspage webhook.
 * Nothing internal: no severity (only its public impact), no {@code internal:}.
 */
public final class Announcements {
    private final Content content;
    private final Site site;
    private final String baseUrl;
    private final Display display;
    private final ComponentHistory history;

    private Announcements(Content content, String baseUrlOverride) {
        this.content = content;
        this.site = content.site();
        this.baseUrl = baseUrlOverride != null ? Site.withSlash(baseUrlOverride) : site.baseUrlWithSlash();
        this.display = new Display(site.timezone());
        this.history = new ComponentHistory(content, new Work());
    }

    /** The announcements of the published updates (as of {@code now}) whose ids are in {@code ids}, oldest first. */
    public static List<Announcement> of(Content content, Instant now, String baseUrlOverride, Set<String> ids) {
        Announcements a = new Announcements(content, baseUrlOverride);
        List<Announcement> out = new ArrayList<>();
        for (Entry e : content.entries()) {
            List<Published.Item> items = Published.items(e, now);
            for (int i = 0; i < items.size(); i++) {
                if (ids.contains(items.get(i).id())) {
                    out.add(a.announcement(items, i));
                }
            }
        }
        out.sort((x, y) -> x.at().compareTo(y.at()));
        return out;
    }

    private Announcement announcement(List<Published.Item> items, int index) {
        Published.Item item = items.get(index);
        Entry e = item.entry();
        String markdown = item.isWindowStart() ? windowStartText((Maintenance) e) : item.update().body();
        Announcement.Body body = new Announcement.Body(Markdown.toPlainText(markdown), markdown, Markdown.toHtml(markdown));
        Instant before = index == 0 ? (e instanceof Incident i ? i.startedAt() : item.at()).minusMillis(1) : items.get(index - 1).at();
        return new Announcement(item.id(), Published.kind(e), e.id(), e.title(), baseUrl + e.path(), item.status().id(),
                item.status().label(), item.at(), display.time(item.at()).display(), body, affected(e, before, item.at()),
                pageStateAt(item.at()), timeline(e, items, index));
    }

    /** What a window's start says when nobody wrote an update for it: the plan, in the site's time. */
    private String windowStartText(Maintenance m) {
        return "The scheduled maintenance has started. It is planned to end at " + display.time(m.end()).display() + ".";
    }

    private List<Announcement.AffectedComponent> affected(Entry e, Instant before, Instant at) {
        List<Announcement.AffectedComponent> out = new ArrayList<>();
        for (String id : e.components()) {
            site.component(id).ifPresent(c -> out.add(new Announcement.AffectedComponent(id, c.name(),
                    ManifestView.state(history.stateAt(id, before)), ManifestView.state(history.stateAt(id, at)))));
        }
        return out;
    }

    /** The page's state at an instant, by the one rule the page and the manifest use (SiteStatus). */
    private herald.announce.State pageStateAt(Instant at) {
        return ManifestView.state(herald.model.SiteStatus.at(content, at).overall());
    }

    /** The entry's public facts as of this update: later updates are not known yet. */
    private Announcement.Timeline timeline(Entry e, List<Published.Item> items, int index) {
        Instant at = items.get(index).at();
        List<Announcement.EarlierUpdate> earlier = new ArrayList<>();
        Instant monitoringAt = null;
        Instant closedAt = null;
        for (int i = 0; i < index; i++) {
            Published.Item u = items.get(i);
            if (u.isWindowStart()) {
                continue; // not an update of api/v2: the webhook repeats what receivers can look up
            }
            Instant previous = i == 0 ? (e instanceof Incident inc ? inc.startedAt() : u.at()).minusMillis(1) : items.get(i - 1).at();
            earlier.add(new Announcement.EarlierUpdate(u.id(), u.status().id(), Markdown.toPlainText(u.update().body()), u.at(),
                    affected(e, previous, u.at())));
            monitoringAt = monitoringAt == null && u.status() == UpdateStatus.MONITORING ? u.at() : monitoringAt;
            closedAt = closedAt == null && u.status().closes() ? u.at() : closedAt;
        }
        UpdateStatus now = items.get(index).status();
        monitoringAt = monitoringAt == null && now == UpdateStatus.MONITORING ? at : monitoringAt;
        closedAt = closedAt == null && now.closes() ? at : closedAt;
        Collections.reverse(earlier);
        Instant createdAt = items.get(0).at();
        if (e instanceof Maintenance m) {
            return new Announcement.Timeline("maintenance", createdAt, null, closedAt, m.start().toInstant(), m.end().toInstant(), earlier);
        }
        return new Announcement.Timeline(((Incident) e).severity().impact(), createdAt, monitoringAt, closedAt, null, null, earlier);
    }
}
