package herald.model;

import java.time.YearMonth;

/**
 * Every path of the built site, in one place: the pages (folders served by their index.html),
 * the feeds, badges, calendar, banner and API files, and the theme's assets. Paths are relative
 * to the site root and '/'-separated; a page's path is its folder and ends with '/' (the empty
 * string is the front page). Views and templates get links from here, never build them.
 */
public final class SitePaths {
    /** The file a page folder is served from. */
    public static final String INDEX = "index.html";
    public static final String HISTORY = "history/";
    public static final String RSS = "feed.xml";
    public static final String ATOM = "atom.xml";
    public static final String BADGE = "badge.svg";
    /** The overall state's colour in the browser tab: SVG, and ICO for browsers without SVG icons. */
    public static final String FAVICON_SVG = "favicon.svg";
    public static final String FAVICON_ICO = "favicon.ico";
    public static final String BANNER_JSON = "banner.json";
    public static final String BANNER_JS = "banner.js";
    public static final String SCHEMAS = "schemas/";
    public static final String BANNER_SCHEMA = SCHEMAS + "banner.schema.json";
    public static final String CALENDAR = "maintenance.ics";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String NOT_FOUND = "404.html";
    public static final String HOSTING_HEADERS = "_headers";
    /** Redirects from the addresses imported entries had before, for Netlify and Cloudflare Pages. */
    public static final String REDIRECTS = "_redirects";
    /** Statuspage's feed addresses: the main feeds again, for readers subscribed before the move. */
    public static final String HISTORY_RSS = "history.rss";
    public static final String HISTORY_ATOM = "history.atom";
    /** Where the theme's assets go, and where they are in a theme. */
    public static final String ASSETS = "assets/";
    /** The Statuspage-compatible API. */
    /** Every machine-readable file: the Statuspage API and Herald's own (the manifest). */
    public static final String API_ROOT = "api/";
    public static final String API = API_ROOT + "v2/";
    /** What the build published, for herald announce to compare with the next build. */
    public static final String MANIFEST = "api/herald/manifest.json";

    private SitePaths() {
    }

    public static String incident(String id) {
        return "incidents/" + id + "/";
    }

    /** The folder an incident or window had on Statuspage ({@code /incidents/<id>}, windows included), by its Statuspage id. */
    public static String statuspageIncident(String originalId) {
        return "incidents/" + originalId + "/";
    }

    public static String maintenance(String id) {
        return "maintenance/" + id + "/";
    }

    public static final String COMPONENTS = "components/";

    public static String component(String id) {
        return COMPONENTS + id + "/";
    }

    public static String month(YearMonth month) {
        return HISTORY + month + "/";
    }

    /** A year's place on the history index: its heading's anchor. */
    public static String yearAnchor(int year) {
        return "year-" + year;
    }

    /** The file a page folder is served from: {@code folder/index.html}. */
    public static String page(String folder) {
        return folder + INDEX;
    }

    public static String rss(String folder) {
        return folder + RSS;
    }

    public static String atom(String folder) {
        return folder + ATOM;
    }

    public static String badge(String folder) {
        return folder + BADGE;
    }

    public static String api(String file) {
        return API + file;
    }

    /** How many folders down a file is, as "../" steps back to the root: pages link everything relative to it. */
    public static String rootFrom(String file) {
        int depth = (int) file.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
