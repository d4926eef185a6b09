package herald.derive;

import herald.api.ApiFiles;
import herald.api.StatuspageApi;
import herald.diag.Work;
import herald.model.Component;
import herald.model.Content;
import herald.model.Entry;
import herald.model.Incident;
import herald.model.Maintenance;
import herald.model.NewestFirst;
import herald.model.SitePaths;
import herald.model.SiteStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * The derive stage: validated content + now -> every page's view, the banner, the feeds, the API,
 * the calendar, the badges and the manifest. Each entry is summarised once, and per-component and per-month
 * lists are indexed in one pass, so the work grows linearly with the content. Each kind of output
 * has its own builder; a new output (a favicon, redirects, a manifest) is one more, reading the
 * same {@link Derivation}.
 */
public final class SiteViewBuilder {

    private SiteViewBuilder() {
    }

    public static SiteView build(Content content, Instant now, String baseUrlOverride, Work work) {
        Derivation d = new Derivation(content, now, baseUrlOverride, work);
        PageViews pageViews = new PageViews(d);
        List<Entry> all = NewestFirst.of(content.entries());
        all.parallelStream().forEach(d::summary);
        // the feeds and the API read only the summaries and the content: built beside the pages'
        // views, so two cores share the derive stage (on a small site they are most of it)
        ForkJoinTask<ApiFiles> api = ForkJoinPool.commonPool().submit(
                () -> StatuspageApi.files(content, d.status, now, d.newestContentTime(), d.baseUrl, work, d.markdown));
        ForkJoinTask<List<SiteView.Feed>> feeds = ForkJoinPool.commonPool().submit(() -> new FeedViews(d).feeds(all));
        List<SiteView.Page> pages = new ArrayList<>();
        List<String> sitemap = new ArrayList<>();
        pages.add(SiteView.Page.of(SitePaths.INDEX, "index.ftlh", pageViews.index(all)));
        sitemap.add("");
        // one page per entry; its view is built when the page renders, so views never pile up in memory
        for (Incident i : content.incidents()) {
            pages.add(new SiteView.Page(SitePaths.page(i.path()), "incident.ftlh", () -> pageViews.incidentPage(i)));
            sitemap.add(i.path());
        }
        for (Maintenance m : content.maintenance()) {
            pages.add(new SiteView.Page(SitePaths.page(m.path()), "maintenance.ftlh", () -> pageViews.maintenancePage(m)));
            sitemap.add(m.path());
        }
        new HistoryViews(d).addPages(all, pages, sitemap);
        Map<String, List<Entry>> byComponent = pageViews.byComponent(all);
        for (Component c : content.site().components()) {
            String folder = SitePaths.component(c.id());
            pages.add(SiteView.Page.of(SitePaths.page(folder), "component.ftlh", pageViews.componentPage(c, byComponent.get(c.id()))));
            sitemap.add(folder);
        }
        View.NotFound notFound = new View.NotFound(d.meta("Page not found", d.baseUrl, SitePaths.NOT_FOUND, content.site().description(),
                "", d.siteTitle() + " updates"), d.baseUrl);
        SiteView.Banner banner = BannerView.of(d.status, d.baseUrl, d.newestContentTime(), now, d.site.policy().checkpointGrace());
        List<SiteView.CalendarEvent> calendar = CalendarView.events(d);
        SiteView.Favicon favicon = BadgeViews.favicon(d);
        ApiFiles apiFiles = api.join();
        SiteView view = new SiteView(d.baseUrl, pages, banner, feeds.join(), sitemap, "404.ftlh", notFound, apiFiles, d.siteTitle() + " maintenance",
                calendar, BadgeViews.badges(d), Redirects.of(content.entries(), pages), ManifestView.of(d, apiFiles.summary().page().id()), favicon);
        // what the feeds, the API and the lists share is kept; each page renders the rest once
        d.markdown.seal();
        return view;
    }

    /**
     * Just the banner: what the product shows at {@code now} (for reviews that compare two
     * versions), from the content and its status at {@code now}; no page, uptime or feed is built.
     */
    public static SiteView.Banner banner(Content content, SiteStatus status, Instant now) {
        return BannerView.of(content, status, now, new Work());
    }
}
