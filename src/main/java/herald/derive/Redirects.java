package herald.derive;

import herald.model.Entry;
import herald.model.Imported;
import herald.model.SitePaths;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The old addresses of imported entries: {@code incidents/<original id>/} for an entry from
 * Statuspage (its incidents and maintenances both lived there), the path of {@code imported.url}
 * for one from elsewhere (cState's {@code issues/<slug>/}). An address that a page of this site
 * already has, or that lies in one of Herald's own folders, gets no redirect: the site's own pages win.
 */
final class Redirects {
    /** Each segment URL-safe and not starting with a dot (no "..", no hidden files). */
    private static final Pattern SAFE_PATH = Pattern.compile("([A-Za-z0-9][A-Za-z0-9._~-]*/)+");
    /** Folders Herald writes whole: an old address inside one would mix with its files. */
    private static final List<String> RESERVED = List.of(SitePaths.ASSETS, SitePaths.API_ROOT, SitePaths.SCHEMAS, SitePaths.HISTORY,
            SitePaths.COMPONENTS);

    private Redirects() {
    }

    static List<SiteView.Redirect> of(List<Entry> entries, List<SiteView.Page> pages) {
        Set<String> pageFolders = new HashSet<>();
        pages.forEach(p -> pageFolders.add(p.path().substring(0, p.path().length() - SitePaths.INDEX.length())));
        // every folder that holds a page somewhere below it, once (not a scan of all pages per entry)
        Set<String> holdsPages = new HashSet<>();
        for (String f : pageFolders) {
            for (int slash = f.indexOf('/'); slash >= 0; slash = f.indexOf('/', slash + 1)) {
                holdsPages.add(f.substring(0, slash + 1));
            }
        }
        Set<String> taken = new HashSet<>();
        List<SiteView.Redirect> out = new ArrayList<>();
        for (Entry e : entries) {
            if (!e.isImported()) {
                continue;
            }
            String from = oldFolder(e.imported());
            if (from == null || from.equals(e.path()) || pageFolders.contains(from) || RESERVED.stream().anyMatch(from::startsWith)
                    || holdsPages.contains(from) || !taken.add(from)) {
                continue;
            }
            out.add(new SiteView.Redirect(from, e.path(), e.title()));
        }
        out.sort(Comparator.comparing(SiteView.Redirect::from));
        return out;
    }

    /** The folder the entry had at its source, or null when it is not known or not a safe path. */
    static String oldFolder(Imported imported) {
        String folder;
        if (imported.fromStatuspage()) {
            folder = SitePaths.statuspageIncident(imported.id());
        } else if (imported.url() != null) {
            String path = URI.create(imported.url()).getRawPath();
            if (path == null) {
                return null;
            }
            path = path.replaceFirst("^/+", "").replaceFirst("index\\.html?$", "");
            folder = path.isEmpty() ? null : path.endsWith("/") ? path : path + "/";
        } else {
            return null;
        }
        return folder != null && SAFE_PATH.matcher(folder).matches() ? folder : null;
    }
}
