package herald.derive;

import herald.model.Content;
import herald.model.Entry;
import herald.model.Impact;
import herald.model.PublicState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One bar a day for {@code historyDays} days per component and the uptime over the same window,
 * with the published formula: downtime = minutes in major-outage + 0.3 x minutes in
 * partial-outage; degraded performance, advisories and maintenance are not downtime. Where
 * incidents overlap, each minute counts once, at the worst state in force. Each entry's impact on a
 * component follows the states its updates set, and a re-opened incident's resolved gap counts as up. Days are calendar days
 * in the site's zone; the window ends at "now". Linear: every interval is visited once.
 */
public final class Uptime {
    /** What a minute of partial outage weighs against a minute of major outage. */
    public static final double PARTIAL_WEIGHT = 0.3;

    private Uptime() {
    }

    /** An entry's impact, clipped to the window, on one component. */
    record Interval(Impact impact, Entry entry) {
        Instant start() {
            return impact.start();
        }

        Instant end() {
            return impact.end();
        }

        PublicState state() {
            return impact.state();
        }
    }

    /** One day of one component: its worst state and the entries that touched it. */
    public record Day(LocalDate date, PublicState worst, List<Entry> entries) {
    }

    /** The bars and the uptime of one component. */
    public record History(List<Day> days, long windowMinutes, double downtimeMinutes) {
        /** Uptime in percent, rounded down to two decimals so any downtime shows. */
        public double percent() {
            if (windowMinutes <= 0) {
                return 100.0;
            }
            double p = 100.0 * (1.0 - downtimeMinutes / windowMinutes);
            return Math.floor(p * 100.0) / 100.0;
        }
    }

    public static Map<String, History> compute(Content content, Instant now, ZoneId zone, int historyDays, herald.diag.Work work) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate first = today.minusDays(historyDays - 1L);
        Instant windowStart = first.atStartOfDay(zone).toInstant();
        Map<String, List<Interval>> byComponent = new LinkedHashMap<>();
        content.site().components().forEach(c -> byComponent.put(c.id(), new ArrayList<>()));
        for (Entry e : content.entries()) {
            for (String c : e.components()) {
                List<Interval> list = byComponent.get(c);
                if (list == null) {
                    continue;
                }
                for (Impact impact : e.impactsOn(c)) {
                    impact.clip(windowStart, now).ifPresent(clipped -> list.add(new Interval(clipped, e)));
                }
            }
        }
        Map<String, History> out = new LinkedHashMap<>();
        long windowMinutes = java.time.Duration.between(windowStart, now).toMinutes();
        byComponent.forEach((id, intervals) -> out.put(id, new History(
                days(intervals, first, historyDays, zone, work), windowMinutes, downtime(intervals) / 60.0)));
        return out;
    }

    /** Sweep over interval boundaries: each stretch of time counts once, at its worst state. */
    private static double downtime(List<Interval> intervals) {
        record Edge(Instant at, PublicState state, int delta) {
        }
        List<Edge> edges = new ArrayList<>(intervals.size() * 2);
        for (Interval i : intervals) {
            edges.add(new Edge(i.start(), i.state(), +1));
            edges.add(new Edge(i.end(), i.state(), -1));
        }
        edges.sort(Comparator.comparing(Edge::at));
        int[] open = new int[PublicState.values().length];
        double seconds = 0;
        Instant previous = null;
        for (Edge e : edges) {
            if (previous != null && e.at().isAfter(previous)) {
                long span = e.at().getEpochSecond() - previous.getEpochSecond();
                if (open[PublicState.MAJOR_OUTAGE.ordinal()] > 0) {
                    seconds += span;
                } else if (open[PublicState.PARTIAL_OUTAGE.ordinal()] > 0) {
                    seconds += PARTIAL_WEIGHT * span;
                }
            }
            open[e.state().ordinal()] += e.delta();
            previous = e.at();
        }
        return seconds;
    }

    private static List<Day> days(List<Interval> intervals, LocalDate first, int count, ZoneId zone, herald.diag.Work work) {
        PublicState[] worst = new PublicState[count];
        List<List<Entry>> entries = new ArrayList<>(count);
        for (int d = 0; d < count; d++) {
            worst[d] = PublicState.OPERATIONAL;
            entries.add(new ArrayList<>(0));
        }
        work.count(herald.diag.Work.Unit.INTERVAL_CHECK, intervals.size());
        for (Interval i : intervals) {
            LocalDate from = i.start().atZone(zone).toLocalDate();
            // an interval ending exactly at midnight does not touch the next day
            LocalDate to = i.end().minusNanos(1).atZone(zone).toLocalDate();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                int index = (int) (d.toEpochDay() - first.toEpochDay());
                if (index < 0 || index >= count) {
                    continue;
                }
                worst[index] = PublicState.worst(worst[index], i.state());
                if (entries.get(index).stream().noneMatch(e -> e == i.entry())) {
                    entries.get(index).add(i.entry());
                }
            }
        }
        List<Day> days = new ArrayList<>(count);
        for (int d = 0; d < count; d++) {
            days.add(new Day(first.plusDays(d), worst[d], List.copyOf(entries.get(d))));
        }
        return days;
    }
}
