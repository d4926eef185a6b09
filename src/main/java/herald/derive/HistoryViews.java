package herald.derive;

import herald.diag.Work;
import herald.model.Entry;
import herald.model.SitePaths;
import herald.model.TimeFormats;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * history/ shows the newest month, history/YYYY-MM/ each month; every history page links all months,
 * grouped by year (newest first, each with its count), so a history of many years stays readable.
 */
final class HistoryViews {
    private final Derivation d;

    HistoryViews(Derivation d) {
        this.d = d;
    }

    void addPages(List<Entry> all, List<SiteView.Page> pages, List<String> sitemap) {
        TreeMap<YearMonth, List<View.EntrySummary>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        // a month's page is as of its newest entry's page, and of the newest start in history (every page links
        // every month with its count, which changes when an entry starts): once all that is past, it keeps its bytes
        Map<YearMonth, Instant> asOf = new HashMap<>();
        Instant newestStart = null;
        for (Entry e : all) {
            d.work.count(Work.Unit.ENTRY_VISIT);
            Instant start = e.startedAt();
            if (start.isAfter(d.now)) {
                continue; // history is what happened; upcoming maintenance is on the front page
            }
            YearMonth month = YearMonth.from(start.atZone(d.display.zone()));
            byMonth.computeIfAbsent(month, k -> new ArrayList<>()).add(d.summary(e));
            asOf.merge(month, d.asOf(e), HistoryViews::later);
            newestStart = newestStart == null ? start : later(newestStart, start);
        }
        Instant navigation = newestStart != null ? newestStart : d.now;
        asOf.replaceAll((month, at) -> later(at, navigation));
        if (byMonth.isEmpty()) {
            byMonth.put(YearMonth.from(d.now.atZone(d.display.zone())), new ArrayList<>());
        }
        for (YearMonth month : byMonth.keySet()) {
            String file = SitePaths.page(SitePaths.month(month));
            pages.add(SiteView.Page.of(file, "history.ftlh", page(byMonth, month, file, asOf.getOrDefault(month, d.now))));
            sitemap.add(SitePaths.month(month));
        }
        String newest = SitePaths.page(SitePaths.HISTORY);
        pages.add(SiteView.Page.of(newest, "history.ftlh", page(byMonth, byMonth.firstKey(), newest, asOf.getOrDefault(byMonth.firstKey(), d.now))));
        sitemap.add(SitePaths.HISTORY);
    }

    private View.HistoryPage page(TreeMap<YearMonth, List<View.EntrySummary>> byMonth, YearMonth month, String file, Instant asOf) {
        // newest first: the map's order; a year's months follow one another in it
        List<View.YearGroup> years = new ArrayList<>();
        List<View.MonthLink> links = new ArrayList<>();
        int count = 0;
        int current = byMonth.firstKey().getYear();
        for (Map.Entry<YearMonth, List<View.EntrySummary>> m : byMonth.entrySet()) {
            if (m.getKey().getYear() != current) {
                years.add(year(current, links, count));
                current = m.getKey().getYear();
                links = new ArrayList<>();
                count = 0;
            }
            String folder = SitePaths.month(m.getKey());
            links.add(new View.MonthLink(m.getKey().toString(), TimeFormats.MONTH_NAME.format(m.getKey()), folder, SitePaths.page(folder),
                    m.getValue().size(), m.getKey().equals(month)));
            count += m.getValue().size();
        }
        years.add(year(current, links, count));
        String label = TimeFormats.MONTH.format(month);
        return new View.HistoryPage(d.meta("History: " + label, file, asOf), label, years, byMonth.get(month));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static View.YearGroup year(int year, List<View.MonthLink> months, int count) {
        return new View.YearGroup(year, Integer.toString(year), SitePaths.yearAnchor(year), count, List.copyOf(months));
    }
}
