package herald.derive;

import herald.diag.Work;
import herald.markdown.MarkdownMemo;
import herald.model.Component;
import herald.model.Content;
import herald.model.DurationText;
import herald.model.Entry;
import herald.model.Incident;
import herald.model.Maintenance;
import herald.model.PublicState;
import herald.model.Site;
import herald.model.SitePaths;
import herald.model.SiteStatus;
import herald.model.Update;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every part of the derive stage reads: the validated content, "now", the base URL, the
 * site's state at now, and the pieces several views share (each entry's summary, each update's
 * view, each page's meta), each built once. The views themselves are built by {@link PageViews},
 * {@link HistoryViews}, {@link FeedViews}, {@link BannerView}, {@link CalendarView} and
 * {@link BadgeViews}, each from this.
 */
final class Derivation {
    final Content content;
    final Site site;
    final Instant now;
    final String baseUrl;
    final Display display;
    final SiteStatus status;
    final Work work;
    /** Each Markdown text rendered once, for the views and the API alike. */
    final MarkdownMemo markdown;
    final Map<String, Component> components = new LinkedHashMap<>();
    /** By entry id (unique once the lint passed): entries are records, hashing them would be deep and slow. */
    private final Map<String, View.EntrySummary> summaries = new ConcurrentHashMap<>();
    private final Instant newest;

    Derivation(Content content, Instant now, String baseUrlOverride, Work work) {
        this.content = content;
        this.site = content.site();
        this.now = now;
        this.baseUrl = baseUrlOverride != null ? Site.withSlash(baseUrlOverride) : site.baseUrlWithSlash();
        this.display = new Display(site.timezone());
        this.status = SiteStatus.at(content, now);
        this.work = work;
        this.markdown = new MarkdownMemo(() -> work.count(Work.Unit.MARKDOWN));
        site.components().forEach(c -> components.put(c.id(), c));
        this.newest = newestUpdate(content, now, work);
    }

    /** The newest update time at or before now, or null when there is none. */
    Instant newestContentTime() {
        return newest;
    }

    static Instant newestUpdate(Content content, Instant now, Work work) {
        Instant newest = null;
        for (Entry e : content.entries()) {
            work.count(Work.Unit.ENTRY_VISIT);
            Instant at = e.newestUpdateAt(now);
            if (at != null && (newest == null || at.isAfter(newest))) {
                newest = at;
            }
        }
        return newest;
    }

    String siteTitle() {
        return site.title();
    }

    /** Sanitized HTML of a Markdown text (empty for null): the one place the derive stage renders Markdown. */
    String html(String text) {
        return markdown.html(text);
    }

    /** The meta of the page written to {@code file} (a path under the site root), which links relative to the root. */
    View.Meta meta(String pageTitle, String file) {
        return meta(pageTitle, file, now);
    }

    /** The meta of a page whose content is as of {@code asOf} (see {@link #asOf}). */
    View.Meta meta(String pageTitle, String file, Instant asOf) {
        return meta(pageTitle, SitePaths.rootFrom(file), file, site.description(), "", siteTitle() + " updates", asOf);
    }

    /**
     * A page's meta with its own description and feeds ({@code feedDir} holds feed.xml and atom.xml);
     * {@code root} is how its links reach the site root (relative, or the base URL for 404.html).
     */
    View.Meta meta(String pageTitle, String root, String file, String description, String feedDir, String feedTitle) {
        return meta(pageTitle, root, file, description, feedDir, feedTitle, now);
    }

    private View.Meta meta(String pageTitle, String root, String file, String description, String feedDir, String feedTitle, Instant asOf) {
        String title = siteTitle();
        return new View.Meta(title, pageTitle == null ? title : pageTitle + " · " + title, description, site.language(),
                root, baseUrl + file.replace(SitePaths.INDEX, ""), SitePaths.rss(feedDir),
                SitePaths.atom(feedDir), feedTitle, site.supportUrl(), display.time(asOf).display(), Display.iso(asOf),
                content.maintenance().isEmpty() ? null : SitePaths.CALENDAR, SitePaths.INDEX, SitePaths.page(SitePaths.HISTORY),
                SitePaths.FAVICON_SVG, SitePaths.FAVICON_ICO);
    }

    /**
     * What an entry's own page (and its month's history page) is "as of": now while the entry is
     * open (its state, checkpoint and duration change with the build time), and once it is over (a
     * resolved incident, a completed or cancelled window) its newest update at or before now, since
     * nothing on its page changes after that. So the page keeps its bytes from one build to the
     * next, and a publish rewrites the pages of what changed, not one page per entry of the history.
     */
    Instant asOf(Entry e) {
        boolean over = e instanceof Incident i ? !i.isOpenAt(now)
                : switch (((Maintenance) e).phaseAt(now)) {
                    case COMPLETED, CANCELLED -> true;
                    case UPCOMING, IN_PROGRESS -> false;
                };
        Instant newest = over ? e.newestUpdateAt(now) : null;
        return newest != null ? newest : now;
    }

    View.EntrySummary summary(Entry e) {
        return summaries.computeIfAbsent(e.id(), id -> buildSummary(e));
    }

    private View.EntrySummary buildSummary(Entry e) {
        work.count(Work.Unit.ENTRY_VISIT);
        List<View.ComponentLink> links = e.components().stream()
                .map(components::get)
                .filter(c -> c != null)
                .map(c -> new View.ComponentLink(c.id(), c.name(), SitePaths.component(c.id()), SitePaths.page(SitePaths.component(c.id()))))
                .toList();
        if (e instanceof Incident i) {
            boolean open = i.isOpenAt(now);
            // lists show the latest update of open entries only
            View.Update latest = open ? latest(e) : null;
            // an imported incident with one update kept only its resolve: its length is not known, not zero
            String duration = open ? "ongoing for " + DurationText.human(i.duration(now))
                    : i.durationKnown(now) ? DurationText.human(i.duration(now)) : "duration unknown";
            // the incident's impact while it lasted, shown on resolved entries too
            PublicState worst = open ? null : i.worstState();
            return new View.EntrySummary(i.id(), "incident", "Incident", i.title(), i.path(), SitePaths.page(i.path()),
                    Display.state(open ? status.stateOf(i) : worst), display.time(i.startedAt()), duration, i.status().label(),
                    open, latest, links, null, open, open ? null : "impact: " + worst.label(), importedNote(i));
        }
        Maintenance m = (Maintenance) e;
        Maintenance.Phase phase = m.phaseAt(now);
        boolean open = phase == Maintenance.Phase.IN_PROGRESS || phase == Maintenance.Phase.UPCOMING;
        View.Update latest = open ? latest(e) : null;
        String window = window(m);
        return new View.EntrySummary(m.id(), "maintenance", "Maintenance", m.title(), m.path(), SitePaths.page(m.path()),
                Display.state(PublicState.MAINTENANCE), display.time(m.start()), window, phase.status().label(), open, latest, links,
                window, false, null, importedNote(m));
    }

    /** "Imported from Statuspage" on an entry brought in from another status page, else null. */
    private static String importedNote(Entry e) {
        return e.isImported() ? "Imported from " + e.imported().sourceName() : null;
    }

    private String window(Maintenance m) {
        ZonedDateTime s = m.start().toInstant().atZone(display.zone());
        ZonedDateTime e = m.end().toInstant().atZone(display.zone());
        String end = s.toLocalDate().equals(e.toLocalDate()) ? display.clock(m.end().toInstant()) : display.time(m.end()).display();
        return display.time(m.start()).display().replaceAll(" [A-Z+\\-0-9:]+$", "") + "–" + end;
    }

    /** The view of the update at {@code index} of the entry's updates (oldest first), beside the one before it. */
    View.Update update(Entry e, int index) {
        Update u = e.updates().get(index);
        Update previous = index == 0 ? null : e.updates().get(index - 1);
        boolean showNext = index == e.updates().size() - 1 && !u.status().closes() && u.next() != null;
        boolean due = showNext && e instanceof Incident i && Checkpoints.dueSince(i, now, site.policy().checkpointGrace()).isPresent();
        return new View.Update(u.status().label(), Display.statusClass(u.status()), display.time(u.at()), UpdateFacts.scope(u, previous),
                UpdateFacts.effect(u, previous), showNext ? display.time(u.next()) : null,
                showNext ? (due ? "Update due since" : "Next update by") : null, due, html(u.body()),
                "update-" + Display.iso(u.instant()).replace(":", ""));
    }

    /** The entry's latest update. */
    View.Update latest(Entry e) {
        return update(e, e.updates().size() - 1);
    }
}
