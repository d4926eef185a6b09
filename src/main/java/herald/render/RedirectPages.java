package herald.render;

import herald.derive.SiteView;
import herald.markdown.Markdown;
import herald.model.SitePaths;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The old addresses of imported entries, kept working two ways: a static HTML page at each (a
 * canonical link and an immediate refresh to the entry's page, which every static host serves),
 * and {@code _redirects}, the permanent redirects Netlify and Cloudflare Pages apply themselves.
 */
final class RedirectPages {
    private RedirectPages() {
    }

    static List<OutputFile> files(List<SiteView.Redirect> redirects, String baseUrl, String language) {
        List<OutputFile> out = new ArrayList<>();
        if (redirects.isEmpty()) {
            return out;
        }
        String prefix = URI.create(baseUrl).getRawPath();
        prefix = prefix == null || prefix.isEmpty() ? "/" : prefix;
        StringBuilder list = new StringBuilder("# Old addresses of imported entries (Netlify and Cloudflare Pages); each also has a redirect page.\n");
        for (SiteView.Redirect r : redirects) {
            String file = SitePaths.page(r.from());
            out.add(OutputFile.text(file, page(SitePaths.rootFrom(file) + SitePaths.page(r.to()), baseUrl + r.to(), r.title(), language)));
            // the old address is matched from the root of the deploy (the hosts read paths there); the
            // new one keeps the base URL's path, so a site mounted under /status/ redirects inside it
            list.append('/').append(r.from(), 0, r.from().length() - 1).append(' ').append(prefix).append(r.to()).append(" 301\n");
        }
        out.add(OutputFile.text(SitePaths.REDIRECTS, list.toString()));
        return out;
    }

    static String page(String relative, String canonical, String title, String language) {
        String href = Markdown.escape(relative);
        String name = Markdown.escape(title);
        return "<!DOCTYPE html>\n<html lang=\"" + Markdown.escape(language) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + name + "</title>\n"
                + "<link rel=\"canonical\" href=\"" + Markdown.escape(canonical) + "\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + href + "\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n</head>\n<body>\n"
                + "<p>This page has moved: <a href=\"" + href + "\">" + name + "</a>.</p>\n</body>\n</html>\n";
    }
}
