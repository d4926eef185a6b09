package herald.derive;

import herald.diag.Work;
import herald.model.Component;
import herald.model.Entry;
import herald.model.Incident;
import herald.model.Maintenance;
import herald.model.SitePaths;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The front page, each incident's and window's page, and each component's page with its day bars. */
final class PageViews {
    /** The front page's "recent incidents" list is short; the history pages hold the rest. */
    static final int RECENT_ITEMS = 15;

    private final Derivation d;
    private final Map<String, Uptime.History> uptime;
    private final Map<String, View.ComponentRow> rows = new ConcurrentHashMap<>();

    PageViews(Derivation d) {
        this.d = d;
        this.uptime = Uptime.compute(d.content, d.now, d.site.timezone(), d.site.policy().historyDays(), d.work);
    }

    View.Index index(List<Entry> all) {
        List<View.Group> groups = new ArrayList<>();
        Map<String, List<View.ComponentRow>> byGroup = new LinkedHashMap<>();
        for (Component c : d.site.components()) {
            byGroup.computeIfAbsent(c.group() == null ? "" : c.group(), g -> new ArrayList<>()).add(row(c));
        }
        byGroup.forEach((g, list) -> groups.add(new View.Group(g, list)));
        List<View.EntrySummary> active = d.status.activeIncidents().stream().map((Entry x) -> d.summary(x)).toList();
        List<View.EntrySummary> inProgress = d.status.inProgress().stream().map((Entry x) -> d.summary(x)).toList();
        List<View.EntrySummary> upcoming = d.status.upcoming().stream().map((Entry x) -> d.summary(x)).toList();
        Instant since = d.now.minus(Duration.ofDays(d.site.policy().historyDays()));
        List<View.EntrySummary> recent = new ArrayList<>();
        for (Entry e : all) {
            d.work.count(Work.Unit.ENTRY_VISIT);
            View.EntrySummary s = d.summary(e);
            Instant start = e.startedAt();
            if (start.isAfter(d.now) || s.open()) {
                continue;
            }
            if (start.isBefore(since) || recent.size() >= RECENT_ITEMS) {
                break;
            }
            recent.add(s);
        }
        LocalDate today = d.now.atZone(d.display.zone()).toLocalDate();
        int days = d.site.policy().historyDays();
        return new View.Index(d.meta(null, SitePaths.INDEX), Display.state(d.status.overall()), Display.overallText(d.status.overall()),
                groups, active, inProgress, upcoming, recent, uptimeExplanation(), days,
                d.display.day(today.minusDays(days - 1L)), d.display.day(today));
    }

    private String uptimeExplanation() {
        String weight = BigDecimal.valueOf(Uptime.PARTIAL_WEIGHT).stripTrailingZeros().toPlainString();
        return "Uptime over the last " + d.site.policy().historyDays() + " days = 100% − (minutes of major outage + " + weight
                + " × minutes of partial outage) ÷ minutes in the period. Degraded performance, advisories and maintenance do not count as "
                + "downtime. Each bar is one calendar day in " + d.display.zone().getId() + ", coloured by the worst state of that day; "
                + "days before a component's data begins show as no data and do not count.";
    }

    /** A component's row with its day bars, built once: the front page and the component's page both show it. */
    private View.ComponentRow row(Component c) {
        return rows.computeIfAbsent(c.id(), id -> buildRow(c));
    }

    private View.ComponentRow buildRow(Component c) {
        Uptime.History h = uptime.get(c.id());
        List<View.Bar> bars = new ArrayList<>(h.days().size());
        for (Uptime.Day day : h.days()) {
            String date = d.display.day(day.date());
            if (day.noData()) {
                bars.add(new View.Bar(Display.NO_DATA_BAR, date + ": no data", date, "No data", List.of(), false));
                continue;
            }
            List<String> events = day.entries().stream().map(Entry::title).toList();
            String label = date + ": " + day.worst().label()
                    + (events.isEmpty() ? "" : ", " + events.size() + (events.size() == 1 ? " event" : " events"));
            bars.add(new View.Bar(Display.barClass(day.worst()), label, date, day.worst().label(), events, !events.isEmpty()));
        }
        String folder = SitePaths.component(c.id());
        return new View.ComponentRow(c.id(), c.name(), c.description(), folder, SitePaths.page(folder),
                Display.state(d.status.components().get(c.id())), bars, h.hasData() ? formatPercent(h.percent()) + " uptime" : "no data yet",
                c.name() + ", one bar per day for the last " + h.days().size() + " days");
    }

    static String formatPercent(double p) {
        if (p >= 100.0) {
            return "100%";
        }
        return String.format(Locale.ROOT, "%.2f%%", p);
    }

    View.IncidentPage incidentPage(Incident i) {
        String file = SitePaths.page(i.path());
        return new View.IncidentPage(d.meta(i.title(), file, d.asOf(i)), d.summary(i), i.resolvedAt().map(d.display::time).orElse(null),
                i.isResolved() ? i.cause() : null, i.isResolved() ? i.postmortem() : null, d.html(i.summary()), newestFirst(i),
                i.state() != null ? i.stateReason() : null);
    }

    View.MaintenancePage maintenancePage(Maintenance m) {
        String file = SitePaths.page(m.path());
        return new View.MaintenancePage(d.meta(m.title(), file, d.asOf(m)), d.summary(m), d.display.time(m.start()), d.display.time(m.end()),
                d.html(m.summary()), newestFirst(m));
    }

    private List<View.Update> newestFirst(Entry e) {
        List<View.Update> updates = new ArrayList<>();
        for (int k = e.updates().size() - 1; k >= 0; k--) {
            updates.add(d.update(e, k));
        }
        return updates;
    }

    /** Each component's entries, newest first (the list {@code all} is in that order). */
    Map<String, List<Entry>> byComponent(List<Entry> all) {
        Map<String, List<Entry>> out = new HashMap<>();
        d.site.components().forEach(c -> out.put(c.id(), new ArrayList<>()));
        for (Entry e : all) {
            d.work.count(Work.Unit.ENTRY_VISIT);
            for (String c : e.components()) {
                List<Entry> list = out.get(c);
                if (list != null) {
                    list.add(e);
                }
            }
        }
        return out;
    }

    View.ComponentPage componentPage(Component c, List<Entry> entries) {
        String folder = SitePaths.component(c.id());
        String file = SitePaths.page(folder);
        Instant since = d.now.minus(Duration.ofDays(d.site.policy().historyDays()));
        List<View.EntrySummary> recent = new ArrayList<>();
        for (Entry e : entries) {
            d.work.count(Work.Unit.ENTRY_VISIT);
            if (e.startedAt().isBefore(since) && !d.summary(e).open()) {
                break; // newest first: the rest is older, on the history pages
            }
            recent.add(d.summary(e));
        }
        View.Meta meta = d.meta(c.name(), SitePaths.rootFrom(file), file, c.description() != null ? c.description() : d.site.description(),
                folder, d.siteTitle() + ": " + c.name() + " updates");
        return new View.ComponentPage(meta, row(c), recent, uptimeExplanation(), d.site.policy().historyDays());
    }
}
