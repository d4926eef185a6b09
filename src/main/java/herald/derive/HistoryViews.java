package herald.derive;

import herald.diag.Work;
import herald.model.Entry;
import herald.model.SitePaths;
import herald.model.TimeFormats;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** history/ shows the newest month, history/YYYY-MM/ each month; every history page links all months. */
final class HistoryViews {
    private final Derivation d;

    HistoryViews(Derivation d) {
        this.d = d;
    }

    void addPages(List<Entry> all, List<SiteView.Page> pages, List<String> sitemap) {
        TreeMap<YearMonth, List<View.EntrySummary>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        for (Entry e : all) {
            d.work.count(Work.Unit.ENTRY_VISIT);
            Instant start = e.startedAt();
            if (start.isAfter(d.now)) {
                continue; // history is what happened; upcoming maintenance is on the front page
            }
            byMonth.computeIfAbsent(YearMonth.from(start.atZone(d.display.zone())), k -> new ArrayList<>()).add(d.summary(e));
        }
        if (byMonth.isEmpty()) {
            byMonth.put(YearMonth.from(d.now.atZone(d.display.zone())), new ArrayList<>());
        }
        for (YearMonth month : byMonth.keySet()) {
            String file = SitePaths.page(SitePaths.month(month));
            pages.add(SiteView.Page.of(file, "history.ftlh", page(byMonth, month, file)));
            sitemap.add(SitePaths.month(month));
        }
        String newest = SitePaths.page(SitePaths.HISTORY);
        pages.add(SiteView.Page.of(newest, "history.ftlh", page(byMonth, byMonth.firstKey(), newest)));
        sitemap.add(SitePaths.HISTORY);
    }

    private View.HistoryPage page(TreeMap<YearMonth, List<View.EntrySummary>> byMonth, YearMonth month, String file) {
        List<View.MonthLink> links = new ArrayList<>(byMonth.size());
        for (Map.Entry<YearMonth, List<View.EntrySummary>> m : byMonth.entrySet()) {
            String folder = SitePaths.month(m.getKey());
            links.add(new View.MonthLink(m.getKey().toString(), TimeFormats.MONTH.format(m.getKey()), folder, SitePaths.page(folder),
                    m.getValue().size(), m.getKey().equals(month)));
        }
        String label = TimeFormats.MONTH.format(month);
        return new View.HistoryPage(d.meta("History: " + label, file), label, links, byMonth.get(month));
    }
}
