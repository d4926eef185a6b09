package herald.author;

import herald.model.Component;
import herald.model.DurationText;
import herald.model.Entry;
import herald.model.Incident;
import herald.model.Maintenance;
import herald.model.Site;
import herald.model.TimeFormats;
import herald.model.Update;
import herald.markdown.Markdown;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The internal notification matrix of the comms guidance, drafted from one incident: who needs
 * what (exec on call, support, sales and customer success, engineering). Internal text: it may
 * quote the internal: block, so it is printed for people to paste, never written into site/.
 */
public final class NotificationDrafts {
    private static final DateTimeFormatter HHMM = TimeFormats.CLOCK_UTC_NAMED;

    private NotificationDrafts() {
    }

    public static String render(Site site, Entry entry, Instant now) {
        Update last = entry.latestUpdate();
        String url = site.baseUrlWithSlash() + entry.path();
        String names = String.join(", ", entry.components().stream().map(id -> site.component(id).map(Component::name).orElse(id)).toList());
        String severity = entry instanceof Incident i ? i.severity().name() : "maintenance";
        String state = entry instanceof Incident i ? i.stateAt(last.instant()).label() : "Maintenance";
        String status = last.status().id();
        // an imported entry's updates may have none of these
        String owner = java.util.Objects.requireNonNullElse(last.owner(), "not recorded");
        String scope = java.util.Objects.requireNonNullElse(last.scope(), "not recorded");
        String effect = java.util.Objects.requireNonNullElse(last.effect(), "not recorded");
        Map<?, ?> internal = entry.internal() instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> roles = internal.get("roles") instanceof Map<?, ?> r ? r : Map.of();
        String lead = roles.get("incidentLead") == null ? null : roles.get("incidentLead").toString();
        String next;
        if (last.next() != null && !last.status().closes()) {
            Duration in = Duration.between(now, last.nextInstant());
            next = HHMM.format(last.nextInstant()) + (in.isNegative() ? " (overdue by " + DurationText.format(in.negated()) + ")"
                    : " (in " + DurationText.format(in) + ")");
        } else {
            next = "none: " + (entry instanceof Incident i && i.isResolved() ? "resolved" : "no checkpoint promised");
        }
        String latestText = Markdown.toPlainText(last.body());

        StringBuilder sb = new StringBuilder();
        sb.append("INTERNAL: notification drafts for ").append(entry.id()).append(" (do not publish)\n\n");
        section(sb, "Exec on call", "paging and the chat room");
        sb.append("[").append(severity).append("] ").append(entry.title()).append(": ").append(status).append(", ").append(state.toLowerCase(Locale.ROOT)).append('\n');
        sb.append("Scope: ").append(scope).append('\n');
        sb.append("Owner: ").append(owner).append(lead == null || lead.isBlank() ? "" : " (incident lead: " + lead + ")").append('\n');
        sb.append("Next checkpoint: ").append(next).append('\n');
        sb.append("Status page: ").append(url).append("\n\n");

        section(sb, "Support", "help center macro and status link");
        sb.append("What users experience: ").append(effect).append('\n');
        Object workaround = internal.get("workaround");
        sb.append("Safe workaround: ").append(workaround == null ? "none known yet; do not improvise one, point to the status page" : workaround).append('\n');
        sb.append("Status link: ").append(url).append('\n');
        sb.append("Suggested reply: \"Thanks for reporting this. We know about it: ").append(oneLine(entry.banner() != null ? entry.banner() : latestText))
                .append(" Follow the updates at ").append(url).append("\"\n\n");

        section(sb, "Sales and customer success", "email bulletin or room");
        sb.append("Who is affected: ").append(scope).append(" (").append(names).append(")\n");
        sb.append("What to tell customers: ").append(oneLine(entry.banner() != null ? entry.banner() : latestText))
                .append(" We post updates at ").append(url).append(" and will not promise a fix time before we are sure.\n\n");

        section(sb, "Engineering", "incident room topic");
        sb.append("Progress: ").append(status).append(" at " + HHMM.format(last.instant())).append(": ").append(oneLine(latestText)).append('\n');
        Object rollback = internal.get("rollback");
        sb.append("Rollback lever: ").append(describeRollback(rollback)).append('\n');
        appendIf(sb, "Pins", internal.get("pins"));
        appendIf(sb, "Signals", internal.get("signals"));
        appendIf(sb, "Cache namespace", internal.get("cacheNamespace"));
        appendIf(sb, "Regions", internal.get("regions"));
        appendIf(sb, "Ticket", internal.get("ticket"));
        if (entry instanceof Maintenance m) {
            sb.append("Window: ").append(HHMM.format(m.start().toInstant())).append(" to ").append(HHMM.format(m.end().toInstant())).append('\n');
        }
        return sb.toString();
    }

    private static void section(StringBuilder sb, String audience, String channel) {
        sb.append("== ").append(audience).append(" (").append(channel).append(") ==\n");
    }

    private static String describeRollback(Object rollback) {
        if (rollback instanceof Map<?, ?> r) {
            Object lever = r.get("lever");
            Object at = r.get("at");
            return (lever == null ? "unnamed lever" : lever) + (at == null ? ", not pulled yet" : ", pulled at " + at);
        }
        return rollback == null ? "none recorded in internal.rollback" : rollback.toString();
    }

    private static void appendIf(StringBuilder sb, String label, Object value) {
        if (value != null) {
            sb.append(label).append(": ").append(value instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : value).append('\n');
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
