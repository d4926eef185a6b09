package herald.derive;

import herald.diag.Work;
import herald.markdown.Markdown;
import herald.model.Component;
import herald.model.Entry;
import herald.model.SitePaths;
import herald.model.Update;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The RSS/Atom feeds: the site's and one per component, the newest updates first. */
final class FeedViews {
    /** Feeds keep the newest items only: readers poll them, and an unbounded feed grows forever. */
    static final int FEED_ITEMS = 100;

    private final Derivation d;

    FeedViews(Derivation d) {
        this.d = d;
    }

    private record Ref(Entry entry, Update update) {
    }

    List<SiteView.Feed> feeds(List<Entry> all) {
        List<Ref> refs = new ArrayList<>();
        for (Entry e : all) {
            d.work.count(Work.Unit.ENTRY_VISIT);
            for (Update u : e.updates()) {
                if (!u.instant().isAfter(d.now)) {
                    refs.add(new Ref(e, u));
                }
            }
        }
        refs.sort(Comparator.comparing((Ref r) -> r.update().instant()).reversed().thenComparing(r -> r.entry().id()));
        // items are built only for the updates a feed keeps, each once
        Map<Update, SiteView.FeedItem> items = new IdentityHashMap<>();
        Function<Ref, SiteView.FeedItem> item = r -> items.computeIfAbsent(r.update(), u -> feedItem(r.entry(), u));
        List<SiteView.Feed> feeds = new ArrayList<>();
        String title = d.siteTitle();
        feeds.add(feed("", title, d.site.description() == null ? "Incident and maintenance updates" : d.site.description(),
                d.baseUrl, refs.stream().limit(FEED_ITEMS).map(item).toList()));
        Map<String, List<SiteView.FeedItem>> perComponent = new LinkedHashMap<>();
        d.site.components().forEach(c -> perComponent.put(c.id(), new ArrayList<>()));
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
        for (Component c : d.site.components()) {
            String folder = SitePaths.component(c.id());
            feeds.add(feed(folder, title + ": " + c.name(), "Incident and maintenance updates for " + c.name(), d.baseUrl + folder,
                    perComponent.get(c.id())));
        }
        return feeds;
    }

    private SiteView.Feed feed(String folder, String title, String description, String page, List<SiteView.FeedItem> items) {
        Instant updated = items.isEmpty() ? d.newestContentTime() : items.get(0).published();
        return new SiteView.Feed(SitePaths.rss(folder), SitePaths.atom(folder), title, description, page,
                updated == null ? d.now : updated, items);
    }

    private SiteView.FeedItem feedItem(Entry e, Update u) {
        String stamp = Display.iso(u.instant());
        String link = d.baseUrl + e.path();
        String statusLabel = u.status().label();
        // a small fragment of escaped text around the sanitized body: readers render it as HTML
        StringBuilder html = new StringBuilder("<p><strong>").append(Markdown.escape(statusLabel)).append("</strong>");
        if (u.effect() != null && !(u.status().closes() && UpdateFacts.isNone(u.effect()))) {
            html.append(" — ").append(Markdown.escape(u.effect())); // never "Resolved — None"
        }
        html.append("</p>");
        if (u.scope() != null) {
            html.append("<p>Affected: ").append(Markdown.escape(u.scope())).append("</p>");
        }
        html.append(d.html(u.body()));
        return new SiteView.FeedItem(e.id() + "#" + stamp, link + "#" + stamp, e.title() + ": " + statusLabel, link,
                u.instant(), html.toString());
    }
}
