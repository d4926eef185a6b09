package herald.site;

import herald.diag.Work;
import herald.model.Component;
import herald.model.Content;
import herald.model.DurationText;
import herald.model.Entry;
import herald.model.Incident;
import herald.model.Maintenance;
import herald.model.PublicState;
import herald.model.Site;
import herald.model.SiteStatus;
import herald.model.Update;
import herald.markdown.Markdown;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The derive stage: content + now -> every page's view, the banner and the feeds. Each entry is
 * summarised once, and per-component and per-month lists are indexed in one pass, so the work
 * grows linearly with the content.
 */
public final class SiteViewBuilder {
    /** Feeds keep the newest items only: readers poll them, and an unbounded feed grows forever. */
    public static final int FEED_ITEMS = 100;
    /** The front page's "recent incidents" list is short; the history pages hold the rest. */
    public static final int RECENT_ITEMS = 15;
    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final Content content;
    private final Site site;
    private final Instant now;
    private final String baseUrl;
    private final Display display;
    private final SiteStatus status;
    private final Map<String, Uptime.History> uptime;
    private final Map<String, Component> components = new LinkedHashMap<>();
    /** By entry id (unique once the lint passed): entries are records, hashing them would be deep and slow. */
    private final Map<String, View.EntrySummary> summaries = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, View.ComponentRow> rows = new java.util.concurrent.ConcurrentHashMap<>();


    private SiteViewBuilder(Content content, Instant now, String baseUrlOverride) {
        this.content = content;
        this.site = content.site();
        this.now = now;
        this.baseUrl = baseUrlOverride != null ? Site.withSlash(baseUrlOverride) : site.baseUrlWithSlash();
        this.display = new Display(site.timezone());
        this.status = SiteStatus.at(content, now);
        this.uptime = Uptime.compute(content, now, site.timezone(), site.policy().historyDays());
        site.components().forEach(c -> components.put(c.id(), c));
    }

    public static SiteView build(Content content, Instant now, String baseUrlOverride) {
        return new SiteViewBuilder(content, now, baseUrlOverride).build();
    }

    /**
     * Just the banner: what the product shows at {@code now} (for reviews that compare two
     * versions), from the content and its status at {@code now}; no page, uptime or feed is built.
     */
    public static SiteView.Banner banner(Content content, SiteStatus status, Instant now) {
        return banner(status, content.site().baseUrlWithSlash(), newestUpdate(content, now));
    }

    private SiteView build() {
        List<Entry> all = new ArrayList<>(content.entries());
        all.sort(NEWEST_FIRST);
        all.parallelStream().forEach(e -> summaries.put(e.id(), summary(e)));
        List<SiteView.Page> pages = new ArrayList<>();
        List<String> sitemap = new ArrayList<>();
        pages.add(SiteView.Page.of("index.html", "index.ftlh", index(all)));
        sitemap.add("");
        // one page per entry; its view is built when the page renders, so views never pile up in memory
        for (Incident i : content.incidents()) {
            pages.add(new SiteView.Page(i.path() + "index.html", "incident.ftlh", () -> incidentPage(i)));
            sitemap.add(i.path());
        }
        for (Maintenance m : content.maintenance()) {
            pages.add(new SiteView.Page(m.path() + "index.html", "maintenance.ftlh", () -> maintenancePage(m)));
            sitemap.add(m.path());
        }
        historyPages(all, pages, sitemap);
        Map<String, List<Entry>> byComponent = byComponent(all);
        for (Component c : site.components()) {
            String path = "components/" + c.id() + "/";
            pages.add(SiteView.Page.of(path + "index.html", "component.ftlh", componentPage(c, byComponent.get(c.id()))));
            sitemap.add(path);
        }
        List<SiteView.Feed> feeds = feeds(all);
        View.NotFound notFound = new View.NotFound(meta("Page not found", baseUrl, "404.html"), baseUrl);
        return new SiteView(baseUrl, pages, banner(), feeds, sitemap, "404.ftlh", notFound,
                herald.api.StatuspageApi.files(content, status, now, newestContentTime(), baseUrl), site.title() + " maintenance", calendar(), badges());
    }

    /** Every maintenance window with a start and an end, soonest first; UIDs are the ids, so they never change. */
    private List<herald.render.ICalendar.Event> calendar() {
        String host = java.net.URI.create(baseUrl).getHost();
        List<herald.render.ICalendar.Event> events = new ArrayList<>();
        List<Maintenance> windows = new ArrayList<>(content.maintenance());
        windows.sort(Comparator.comparing((Maintenance m) -> m.start() == null ? Instant.MAX : m.start().toInstant()).thenComparing(Maintenance::id));
        for (Maintenance m : windows) {
            if (m.start() == null || m.end() == null || m.updates().isEmpty()) {
                continue;
            }
            Update latest = m.latestUpdate().orElseThrow();
            String names = String.join(", ", m.components().stream().map(id -> components.containsKey(id) ? components.get(id).name() : id).toList());
            // the plan as first announced, and what happened to it when it was cancelled
            String plan = Markdown.toPlainText(m.updates().get(0).body());
            String description = (m.isCancelled() ? "Cancelled: " + Markdown.toPlainText(latest.body()) + "\n\n" : "")
                    + plan + "\n\nAffects: " + names + "\n" + baseUrl + m.path();
            events.add(new herald.render.ICalendar.Event(m.id() + "@" + (host == null ? "herald" : host),
                    m.updates().get(0).instant(), m.start().toInstant(), m.end().toInstant(), latest.instant(),
                    m.updates().size() - 1, m.title(), description, baseUrl + m.path(), m.isCancelled()));
        }
        return events;
    }

    /** The overall badge and one per component, coloured by state (white text stays readable on each). */
    private List<SiteView.BadgeSpec> badges() {
        List<SiteView.BadgeSpec> out = new ArrayList<>();
        String title = siteTitle();
        out.add(new SiteView.BadgeSpec("badge.svg", "status", Display.overallText(status.overall()).toLowerCase(java.util.Locale.ROOT),
                Display.badgeColor(status.overall()), title + ": " + Display.overallText(status.overall())));
        for (Component c : site.components()) {
            PublicState s = status.components().get(c.id());
            out.add(new SiteView.BadgeSpec("components/" + c.id() + "/badge.svg", c.name(), s.label().toLowerCase(java.util.Locale.ROOT),
                    Display.badgeColor(s), title + ": " + c.name() + " is " + s.label().toLowerCase(java.util.Locale.ROOT)));
        }
        return out;
    }

    private static final Comparator<Entry> NEWEST_FIRST = Comparator
            .comparing(Entry::startedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Entry::id);

    // ---------------------------------------------------------------- shared pieces

    private String siteTitle() {
        return site.title() == null ? "Status" : site.title();
    }

    private View.Meta meta(String pageTitle, String root, String pathFromRoot) {
        return meta(pageTitle, root, pathFromRoot, site.description(), "", siteTitle() + " updates");
    }

    /** A page's meta with its own description and feeds ({@code feedDir} holds feed.xml and atom.xml). */
    private View.Meta meta(String pageTitle, String root, String pathFromRoot, String description, String feedDir, String feedTitle) {
        String title = siteTitle();
        return new View.Meta(title, pageTitle == null ? title : pageTitle + " · " + title, description,
                site.language(), root, baseUrl + pathFromRoot.replace("index.html", ""), feedDir + "feed.xml", feedDir + "atom.xml",
                feedTitle, site.supportUrl(), display.time(now).display(), Display.iso(now),
                content.maintenance().isEmpty() ? null : "maintenance.ics");
    }

    private static String rootFor(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    private View.EntrySummary summary(Entry e) {
        Work.count(Work.Unit.ENTRY_VISIT);
        List<View.ComponentLink> links = e.components().stream()
                .map(components::get)
                .filter(c -> c != null)
                .map(c -> new View.ComponentLink(c.id(), c.name(), "components/" + c.id() + "/"))
                .toList();
        if (e instanceof Incident i) {
            boolean open = i.isOpenAt(now);
            // lists show the latest update of open entries only
            View.Update latest = open ? e.latestUpdate().map(u -> update(u, e)).orElse(null) : null;
            String duration = open
                    ? "ongoing for " + DurationText.human(i.duration(now))
                    : DurationText.human(i.duration(now));
            String statusLabel = i.status().map(s -> s.label()).orElse("");
            // the incident's impact while it lasted, shown on resolved entries too
            return new View.EntrySummary(i.id(), "incident", "Incident", i.title(), i.path(), Display.state(i.publicState()),
                    display.time(i.startedAt()), duration, statusLabel, open, latest, links, null, open,
                    open ? null : "impact: " + i.publicState().label());
        }
        Maintenance m = (Maintenance) e;
        Maintenance.Phase phase = m.phaseAt(now);
        boolean open = phase == Maintenance.Phase.IN_PROGRESS || phase == Maintenance.Phase.UPCOMING;
        View.Update latest = open ? e.latestUpdate().map(u -> update(u, e)).orElse(null) : null;
        String statusLabel = phase.status().label();
        String window = window(m);
        return new View.EntrySummary(m.id(), "maintenance", "Maintenance", m.title(), m.path(),
                Display.state(PublicState.MAINTENANCE), display.time(m.start()), window, statusLabel,
                open, latest, links, window, false, null);
    }

    private String window(Maintenance m) {
        if (m.start() == null || m.end() == null) {
            return "";
        }
        ZonedDateTime s = m.start().toInstant().atZone(display.zone());
        ZonedDateTime e = m.end().toInstant().atZone(display.zone());
        String end = s.toLocalDate().equals(e.toLocalDate())
                ? display.clock(m.end().toInstant())
                : display.time(m.end()).display();
        return display.time(m.start()).display().replaceAll(" [A-Z+\\-0-9:]+$", "") + "–" + end;
    }

    private View.Update update(Update u, Entry e) {
        String statusLabel = u.status() == null ? "" : u.status().label();
        String statusClass = u.status() == null ? "" : Display.statusClass(u.status());
        boolean showNext = e.latestUpdate().orElse(null) == u && u.status() != null && !u.status().closes();
        return new View.Update(statusLabel, statusClass, display.time(u.at()), u.scope(), u.effect(),
                showNext ? display.time(u.next()) : null, html(u),
                u.at() == null ? "" : "update-" + Display.iso(u.instant()).replace(":", ""));
    }

    private static String html(Update u) {
        return Markdown.toHtml(u.body());
    }

    // ---------------------------------------------------------------- pages

    private View.Index index(List<Entry> all) {
        List<View.Group> groups = new ArrayList<>();
        Map<String, List<View.ComponentRow>> byGroup = new LinkedHashMap<>();
        for (Component c : site.components()) {
            byGroup.computeIfAbsent(c.group() == null ? "" : c.group(), g -> new ArrayList<>()).add(row(c));
        }
        byGroup.forEach((g, rows) -> groups.add(new View.Group(g, rows)));
        List<View.EntrySummary> active = status.activeIncidents().stream().map((Entry x) -> summaries.get(x.id())).toList();
        List<View.EntrySummary> inProgress = status.inProgress().stream().map((Entry x) -> summaries.get(x.id())).toList();
        List<View.EntrySummary> upcoming = status.upcoming().stream().map((Entry x) -> summaries.get(x.id())).toList();
        Instant since = now.minus(java.time.Duration.ofDays(site.policy().historyDays()));
        List<View.EntrySummary> recent = new ArrayList<>();
        for (Entry e : all) {
            Work.count(Work.Unit.ENTRY_VISIT);
            View.EntrySummary s = summaries.get(e.id());
            Instant start = e.startedAt();
            if (start == null || start.isAfter(now) || s.open()) {
                continue;
            }
            if (start.isBefore(since) || recent.size() >= RECENT_ITEMS) {
                break;
            }
            recent.add(s);
        }
        LocalDate today = now.atZone(display.zone()).toLocalDate();
        int days = site.policy().historyDays();
        return new View.Index(meta(null, "", ""), Display.state(status.overall()), Display.overallText(status.overall()),
                groups, active, inProgress, upcoming, recent, uptimeExplanation(), days,
                display.day(today.minusDays(days - 1L)), display.day(today));
    }

    private String uptimeExplanation() {
        String weight = java.math.BigDecimal.valueOf(Uptime.PARTIAL_WEIGHT).stripTrailingZeros().toPlainString();
        return "Uptime over the last " + site.policy().historyDays() + " days = 100% − (minutes of major outage + " + weight + " × minutes of "
                + "partial outage) ÷ minutes in the period. Degraded performance, advisories and maintenance do not count as "
                + "downtime. Each bar is one calendar day in " + display.zone().getId() + ", coloured by the worst state of that day.";
    }

    /** A component's row with its day bars, built once: the front page and the component's page both show it. */
    private View.ComponentRow row(Component c) {
        return rows.computeIfAbsent(c.id(), id -> buildRow(c));
    }

    private View.ComponentRow buildRow(Component c) {
        Uptime.History h = uptime.get(c.id());
        List<View.Bar> bars = new ArrayList<>(h.days().size());
        for (Uptime.Day d : h.days()) {
            String date = display.day(d.date());
            List<String> events = d.entries().stream().map(Entry::title).toList();
            String label = date + ": " + d.worst().label()
                    + (events.isEmpty() ? "" : ", " + events.size() + (events.size() == 1 ? " event" : " events"));
            bars.add(new View.Bar(Display.barClass(d.worst()), label, date, d.worst().label(), events, !events.isEmpty()));
        }
        String uptimeText = formatPercent(h.percent()) + " uptime";
        return new View.ComponentRow(c.id(), c.name(), c.description(), "components/" + c.id() + "/",
                Display.state(status.components().get(c.id())), bars, uptimeText,
                c.name() + ", one bar per day for the last " + h.days().size() + " days");
    }

    static String formatPercent(double p) {
        if (p >= 100.0) {
            return "100%";
        }
        return String.format(Locale.ROOT, "%.2f%%", p);
    }

    private View.IncidentPage incidentPage(Incident i) {
        String path = i.path() + "index.html";
        List<View.Update> updates = new ArrayList<>();
        for (int k = i.updates().size() - 1; k >= 0; k--) {
            updates.add(update(i.updates().get(k), i));
        }
        return new View.IncidentPage(meta(i.title(), rootFor(path), path), summaries.get(i.id()),
                i.resolvedAt().map(display::time).orElse(null), i.isResolved() ? i.cause() : null,
                i.isResolved() ? i.postmortem() : null, Markdown.toHtml(i.summary()), updates,
                i.state() != null ? i.stateReason() : null);
    }

    private View.MaintenancePage maintenancePage(Maintenance m) {
        String path = m.path() + "index.html";
        List<View.Update> updates = new ArrayList<>();
        for (int k = m.updates().size() - 1; k >= 0; k--) {
            updates.add(update(m.updates().get(k), m));
        }
        return new View.MaintenancePage(meta(m.title(), rootFor(path), path), summaries.get(m.id()), display.time(m.start()),
                display.time(m.end()), Markdown.toHtml(m.summary()), updates);
    }

    /** history/index.html shows the newest month; history/YYYY-MM/ each month; every page links all months. */
    private void historyPages(List<Entry> all, List<SiteView.Page> pages, List<String> sitemap) {
        TreeMap<YearMonth, List<View.EntrySummary>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        for (Entry e : all) {
            Work.count(Work.Unit.ENTRY_VISIT);
            Instant start = e.startedAt();
            if (start == null || start.isAfter(now)) {
                continue; // history is what happened; upcoming maintenance is on the front page
            }
            byMonth.computeIfAbsent(YearMonth.from(start.atZone(display.zone())), k -> new ArrayList<>()).add(summaries.get(e.id()));
        }
        if (byMonth.isEmpty()) {
            byMonth.put(YearMonth.from(now.atZone(display.zone())), new ArrayList<>());
        }
        YearMonth newest = byMonth.firstKey();
        for (Map.Entry<YearMonth, List<View.EntrySummary>> month : byMonth.entrySet()) {
            String path = "history/" + month.getKey() + "/index.html";
            pages.add(SiteView.Page.of(path, "history.ftlh", historyPage(byMonth, month.getKey(), path)));
            sitemap.add("history/" + month.getKey() + "/");
        }
        pages.add(SiteView.Page.of("history/index.html", "history.ftlh", historyPage(byMonth, newest, "history/index.html")));
        sitemap.add("history/");
    }

    private View.HistoryPage historyPage(TreeMap<YearMonth, List<View.EntrySummary>> byMonth, YearMonth month, String path) {
        List<View.MonthLink> links = new ArrayList<>(byMonth.size());
        for (Map.Entry<YearMonth, List<View.EntrySummary>> m : byMonth.entrySet()) {
            links.add(new View.MonthLink(m.getKey().toString(), MONTH_LABEL.format(m.getKey()),
                    "history/" + m.getKey() + "/", m.getValue().size(), m.getKey().equals(month)));
        }
        String label = MONTH_LABEL.format(month);
        return new View.HistoryPage(meta("History: " + label, rootFor(path), path), label, links, byMonth.get(month));
    }

    private Map<String, List<Entry>> byComponent(List<Entry> all) {
        Map<String, List<Entry>> out = new HashMap<>();
        site.components().forEach(c -> out.put(c.id(), new ArrayList<>()));
        for (Entry e : all) {
            Work.count(Work.Unit.ENTRY_VISIT);
            for (String c : e.components()) {
                List<Entry> list = out.get(c);
                if (list != null) {
                    list.add(e);
                }
            }
        }
        return out;
    }

    private View.ComponentPage componentPage(Component c, List<Entry> entries) {
        String path = "components/" + c.id() + "/index.html";
        Instant since = now.minus(java.time.Duration.ofDays(site.policy().historyDays()));
        List<View.EntrySummary> recent = new ArrayList<>();
        for (Entry e : entries) {
            Work.count(Work.Unit.ENTRY_VISIT);
            Instant start = e.startedAt();
            if (start != null && start.isBefore(since) && !summaries.get(e.id()).open()) {
                break; // newest first: the rest is older, on the history pages
            }
            recent.add(summaries.get(e.id()));
        }
        View.Meta meta = meta(c.name(), rootFor(path), path, c.description() != null ? c.description() : site.description(),
                "components/" + c.id() + "/", siteTitle() + ": " + c.name() + " updates");
        return new View.ComponentPage(meta, row(c), recent, uptimeExplanation(), site.policy().historyDays());
    }

    // ---------------------------------------------------------------- banner

    private SiteView.Banner banner() {
        return banner(status, baseUrl, newestContentTime());
    }

    /** The banner from the status alone: {@code updated} is the newest update time at or before now. */
    private static SiteView.Banner banner(SiteStatus status, String baseUrl, Instant updated) {
        List<Incident> active = status.activeIncidents();
        List<SiteView.BannerIncident> incidents = active.stream()
                .map(i -> new SiteView.BannerIncident(i.id(), i.title(), i.publicState().id(), baseUrl + i.path()))
                .toList();
        List<SiteView.BannerMaintenance> windows = new ArrayList<>();
        for (Maintenance m : status.inProgress()) {
            windows.add(bannerWindow(m, baseUrl));
        }
        for (Maintenance m : status.upcoming()) {
            windows.add(bannerWindow(m, baseUrl));
        }
        String updatedAt = updated == null ? null : Display.iso(updated);
        if (!active.isEmpty()) {
            // the worst incident speaks for the banner; ties go to the most recently started one
            Incident lead = active.stream()
                    .min(Comparator.comparing((Incident i) -> i.publicState().ordinal()).thenComparing(Incident::startedAt, Comparator.reverseOrder()))
                    .orElseThrow();
            Instant latest = active.stream().map(Entry::lastUpdatedAt).filter(t -> t != null).max(Comparator.naturalOrder()).orElse(updated);
            return new SiteView.Banner(true, status.overall().id(), lead.severity() == null ? "minor" : lead.severity().impact(),
                    lead.banner() != null ? lead.banner() : lead.title(), baseUrl + lead.path(),
                    latest == null ? null : Display.iso(latest), incidents, windows);
        }
        if (!status.inProgress().isEmpty()) {
            Maintenance m = status.inProgress().get(0);
            return new SiteView.Banner(true, PublicState.MAINTENANCE.id(), "maintenance",
                    m.banner() != null ? m.banner() : m.title(), baseUrl + m.path(), updatedAt, incidents, windows);
        }
        return new SiteView.Banner(false, PublicState.OPERATIONAL.id(), "none", null, baseUrl, updatedAt, incidents, windows);
    }

    private static SiteView.BannerMaintenance bannerWindow(Maintenance m, String baseUrl) {
        return new SiteView.BannerMaintenance(m.id(), m.title(), m.banner() != null ? m.banner() : m.title(),
                baseUrl + m.path(), m.start() == null ? null : Display.iso(m.start().toInstant()),
                m.end() == null ? null : Display.iso(m.end().toInstant()));
    }

    private Instant newestCache;
    private boolean newestKnown;

    /** The newest update time at or before now (computed once: several outputs need it). */
    private Instant newestContentTime() {
        if (!newestKnown) {
            newestCache = newestUpdate(content, now);
            newestKnown = true;
        }
        return newestCache;
    }

    private static Instant newestUpdate(Content content, Instant now) {
        Instant newest = null;
        for (Entry e : content.entries()) {
            Work.count(Work.Unit.ENTRY_VISIT);
            for (Update u : e.updates()) {
                if (u.at() != null && !u.instant().isAfter(now) && (newest == null || u.instant().isAfter(newest))) {
                    newest = u.instant();
                }
            }
        }
        return newest;
    }

    // ---------------------------------------------------------------- feeds

    private List<SiteView.Feed> feeds(List<Entry> all) {
        record Ref(Entry entry, Update update) {
        }
        List<Ref> refs = new ArrayList<>();
        for (Entry e : all) {
            Work.count(Work.Unit.ENTRY_VISIT);
            for (Update u : e.updates()) {
                if (u.at() != null && !u.instant().isAfter(now)) {
                    refs.add(new Ref(e, u));
                }
            }
        }
        refs.sort(Comparator.comparing((Ref r) -> r.update().instant()).reversed()
                .thenComparing(r -> r.entry().id()));
        // items are built only for the updates a feed keeps, each once
        Map<Update, SiteView.FeedItem> items = new IdentityHashMap<>();
        java.util.function.Function<Ref, SiteView.FeedItem> item = r -> items.computeIfAbsent(r.update(), u -> feedItem(r.entry(), u));
        List<SiteView.Feed> feeds = new ArrayList<>();
        String title = siteTitle();
        feeds.add(feed("feed.xml", "atom.xml", title, site.description() == null ? "Incident and maintenance updates" : site.description(),
                baseUrl, refs.stream().limit(FEED_ITEMS).map(item).toList()));
        Map<String, List<SiteView.FeedItem>> perComponent = new LinkedHashMap<>();
        site.components().forEach(c -> perComponent.put(c.id(), new ArrayList<>()));
        int full = 0;
        for (Ref r : refs) {
            for (String c : r.entry().components()) {
                List<SiteView.FeedItem> list = perComponent.get(c);
                if (list != null && list.size() < FEED_ITEMS) {
                    list.add(item.apply(r));
                    if (list.size() == FEED_ITEMS) {
                        full++;
                    }
                }
            }
            if (full == perComponent.size()) {
                break; // every component feed is full: older updates cannot appear
            }
        }
        for (Component c : site.components()) {
            String dir = "components/" + c.id() + "/";
            feeds.add(feed(dir + "feed.xml", dir + "atom.xml", title + ": " + c.name(),
                    "Incident and maintenance updates for " + c.name(), baseUrl + dir, perComponent.get(c.id())));
        }
        return feeds;
    }

    private SiteView.Feed feed(String rss, String atom, String title, String description, String page, List<SiteView.FeedItem> items) {
        Instant updated = items.isEmpty() ? newestContentTime() : items.get(0).published();
        return new SiteView.Feed(rss, atom, title, description, page, updated == null ? now : updated, items);
    }

    private SiteView.FeedItem feedItem(Entry e, Update u) {
        String stamp = Display.iso(u.instant());
        String link = baseUrl + e.path();
        String statusLabel = u.status() == null ? "Update" : u.status().label();
        // a small fragment of escaped text around the sanitized body: readers render it as HTML
        StringBuilder html = new StringBuilder("<p><strong>").append(Markdown.escape(statusLabel)).append("</strong>");
        if (u.effect() != null) {
            html.append(" — ").append(Markdown.escape(u.effect()));
        }
        html.append("</p>");
        if (u.scope() != null) {
            html.append("<p>Affected: ").append(Markdown.escape(u.scope())).append("</p>");
        }
        html.append(html(u));
        return new SiteView.FeedItem(e.id() + "#" + stamp, link + "#" + stamp, e.title() + ": " + statusLabel, link,
                u.instant(), html.toString());
    }
}
