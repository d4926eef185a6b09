package herald.render;

import herald.announce.ManifestJson;
import herald.api.ApiFiles;
import herald.derive.SiteView;
import herald.diag.Work;
import herald.model.SitePaths;
import herald.theme.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The render stage: a {@link SiteView} in, every file of the site out, in memory. Pages render in
 * parallel (templates are compiled once and shared); nothing is written to disk here.
 */
public final class SiteRenderer {
    private final Templates templates;
    private final Theme theme;

    public SiteRenderer(Theme theme, Work work) {
        this.theme = theme;
        this.templates = new Templates(theme.templates(), work);
    }

    /**
     * Does now what the first render would otherwise do first: parses every template (see
     * {@link Templates#prepare}) and sets up the JSON and XML writers (Jackson's, and StAX found
     * through its service lookup). Run on a second thread while the content loads.
     */
    public void prepare() throws RenderException {
        templates.prepare();
        JsonOutput.write(List.of(Map.of("prepared", true)));
        XmlOutput.sitemap("https://status.example/", List.of(SitePaths.NOT_FOUND));
    }

    /** Renders every file into a list (small sites, tests, the preview server). */
    public List<OutputFile> render(SiteView view, String language, String siteTitle) throws RenderException {
        List<OutputFile> out = Collections.synchronizedList(new ArrayList<>(view.pages().size() + 64));
        render(view, language, siteTitle, out::add);
        List<OutputFile> sorted = new ArrayList<>(out);
        Collections.sort(sorted);
        return sorted;
    }

    /**
     * Renders every file and hands each to {@code sink} as soon as it exists (from several threads),
     * so a large site is written while it renders and never held in memory whole. Page views are
     * built on demand for the same reason.
     */
    public void render(SiteView view, String language, String siteTitle, Consumer<OutputFile> sink) throws RenderException {
        List<Pieces.Piece> pieces = new ArrayList<>(view.pages().size() + 64);
        // the feeds and the API are most of a small site's bytes: first, so both threads share them
        // and then the pages, instead of one thread writing them alone after the pages
        for (SiteView.Feed feed : view.feeds()) {
            pieces.add(() -> feedFiles(feed, view.baseUrl(), language, siteTitle));
        }
        for (ApiFiles.File api : view.api().files()) {
            pieces.add(() -> List.of(OutputFile.text(api.path(), JsonOutput.api(api.content()))));
        }
        pieces.add(() -> List.of(new OutputFile(SitePaths.MANIFEST, ManifestJson.write(view.manifest()))));
        pieces.add(() -> fixedFiles(view, language));
        for (SiteView.Page page : view.pages()) {
            pieces.add(() -> List.of(new OutputFile(page.path(), templates.renderBytes(page.template(), model(page.view().get())))));
        }
        Pieces.run(pieces, sink);
    }

    /** A feed in both formats (and the main feed again at Statuspage's addresses). */
    private static List<OutputFile> feedFiles(SiteView.Feed feed, String baseUrl, String language, String siteTitle) throws RenderException {
        String rss = XmlOutput.rss(feed, baseUrl, language);
        String atom = XmlOutput.atom(feed, baseUrl, siteTitle);
        List<OutputFile> out = new ArrayList<>(4);
        out.add(OutputFile.text(feed.rssPath(), rss));
        out.add(OutputFile.text(feed.atomPath(), atom));
        if (feed.rssPath().equals(SitePaths.RSS)) {
            // the same bytes at Statuspage's addresses: any static host serves them, where a redirect needs a host that can
            out.add(OutputFile.text(SitePaths.HISTORY_RSS, rss));
            out.add(OutputFile.text(SitePaths.HISTORY_ATOM, atom));
        }
        return out;
    }

    /** The small files: the 404 page, banner, redirects, sitemap, calendar, badges, icons, schema, headers, robots, assets. */
    private List<OutputFile> fixedFiles(SiteView view, String language) throws RenderException {
        List<OutputFile> out = new ArrayList<>();
        out.add(OutputFile.text(SitePaths.NOT_FOUND, templates.render(view.notFoundTemplate(), model(view.notFound()))));
        out.add(OutputFile.text(SitePaths.BANNER_JSON, JsonOutput.write(view.banner())));
        out.add(new OutputFile(SitePaths.BANNER_JS, resource("/herald/banner.js")));
        out.addAll(RedirectPages.files(view.redirects(), view.baseUrl(), language));
        out.add(OutputFile.text(SitePaths.SITEMAP, XmlOutput.sitemap(view.baseUrl(), view.sitemapPaths())));
        if (!view.calendar().isEmpty()) {
            out.add(OutputFile.text(SitePaths.CALENDAR, ICalendar.write(view.calendarName(), view.calendar())));
        }
        for (SiteView.BadgeSpec b : view.badges()) {
            out.add(OutputFile.text(b.path(), Badge.svg(b.label(), b.value(), b.color(), b.title())));
        }
        out.add(OutputFile.text(view.favicon().svgPath(), Favicon.svg(view.favicon())));
        out.add(new OutputFile(view.favicon().icoPath(), Favicon.ico(view.favicon())));
        out.add(new OutputFile(SitePaths.BANNER_SCHEMA, resource("/herald/schemas/banner.schema.json")));
        out.add(OutputFile.text(SitePaths.HOSTING_HEADERS, HostingHeaders.netlify()));
        out.add(OutputFile.text(SitePaths.ROBOTS, "User-agent: *\nAllow: /\nSitemap: " + view.baseUrl() + SitePaths.SITEMAP + "\n"));
        out.addAll(assets());
        return out;
    }

    private static Map<String, Object> model(Object view) {
        Map<String, Object> m = new HashMap<>();
        m.put("page", view);
        return m;
    }

    /** The theme's assets, copied as they are. */
    private List<OutputFile> assets() {
        List<OutputFile> out = new ArrayList<>();
        theme.assets().forEach((path, bytes) -> out.add(new OutputFile(SitePaths.ASSETS + path, bytes)));
        return out;
    }

    private static byte[] resource(String name) throws RenderException {
        try (InputStream in = SiteRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new RenderException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new RenderException("cannot read resource " + name + ": " + e.getMessage());
        }
    }
}
