package herald.render;

import herald.model.SitePaths;

/**
 * The {@code _headers} file that Netlify and Cloudflare Pages read: consumers fetch the banner,
 * the API, feeds and badges cross-origin, and must see a new state within a minute (the favicon too).
 */
public final class HostingHeaders {
    /** Paths that other sites read (CORS) and that change with every incident update. */
    static final String[] LIVE_PATHS = {"/" + SitePaths.BANNER_JSON, "/" + SitePaths.API_ROOT + "*", "/" + SitePaths.RSS,
        "/" + SitePaths.ATOM, "/" + SitePaths.HISTORY_RSS, "/" + SitePaths.HISTORY_ATOM, "/" + SitePaths.COMPONENTS + "*",
        "/" + SitePaths.BADGE, "/" + SitePaths.CALENDAR, "/" + SitePaths.FAVICON_SVG, "/" + SitePaths.FAVICON_ICO};

    private HostingHeaders() {
    }

    public static String netlify() {
        StringBuilder sb = new StringBuilder("# Hosting headers for Netlify and Cloudflare Pages (the README shows the same for nginx, Apache and object storage).\n");
        for (String path : LIVE_PATHS) {
            sb.append(path).append('\n');
            sb.append("  Access-Control-Allow-Origin: *\n");
            sb.append("  Cache-Control: public, max-age=60, must-revalidate\n");
        }
        // no Cache-Control for every path: Cloudflare Pages gives a path the headers of every rule
        // it matches, joining a header two rules set ("max-age=60, …, max-age=300" on the API),
        // and pages are best revalidated anyway (both hosts' default for HTML)
        sb.append("/*\n");
        sb.append("  X-Content-Type-Options: nosniff\n");
        sb.append("  Referrer-Policy: strict-origin-when-cross-origin\n");
        sb.append("/").append(SitePaths.BANNER_JS).append('\n');
        sb.append("  Access-Control-Allow-Origin: *\n");
        sb.append("  Cache-Control: public, max-age=3600\n");
        return sb.toString();
    }
}
