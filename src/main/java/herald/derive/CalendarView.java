package herald.derive;

import herald.model.Maintenance;
import herald.model.Update;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** maintenance.ics: every maintenance window, soonest first; UIDs are the ids, so they never change. */
final class CalendarView {
    private CalendarView() {
    }

    static List<SiteView.CalendarEvent> events(Derivation d) {
        String host = URI.create(d.baseUrl).getHost();
        List<SiteView.CalendarEvent> events = new ArrayList<>();
        List<Maintenance> windows = new ArrayList<>(d.content.maintenance());
        windows.sort(Comparator.comparing((Maintenance m) -> m.start().toInstant()).thenComparing(Maintenance::id));
        for (Maintenance m : windows) {
            Update latest = m.latestUpdate();
            String names = String.join(", ", m.components().stream()
                    .map(id -> d.components.containsKey(id) ? d.components.get(id).name() : id).toList());
            // the plan as first announced, and what happened to it when it was cancelled
            String plan = d.markdown.plainText(m.updates().get(0).body());
            String description = (m.isCancelled() ? "Cancelled: " + d.markdown.plainText(latest.body()) + "\n\n" : "")
                    + plan + "\n\nAffects: " + names + "\n" + d.baseUrl + m.path();
            events.add(new SiteView.CalendarEvent(m.id() + "@" + (host == null ? "herald" : host), m.updates().get(0).instant(),
                    m.start().toInstant(), m.end().toInstant(), latest.instant(), m.updates().size() - 1, m.title(), description,
                    d.baseUrl + m.path(), m.isCancelled()));
        }
        return events;
    }
}
