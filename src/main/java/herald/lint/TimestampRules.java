package herald.lint;

import herald.diag.Rule;
import herald.content.EntryDraft;
import herald.content.IncidentDraft;
import herald.content.MaintenanceDraft;
import herald.content.UpdateDraft;
import java.util.List;

/** timestamp-order and future-update. */
final class TimestampRules implements EntryRule {

    @Override
    public void check(LintContext ctx, EntryDraft entry) {
        List<UpdateDraft> updates = entry.updates();
        UpdateDraft previous = null;
        for (UpdateDraft u : updates) {
            if (u.at() == null) {
                continue;
            }
            if (previous != null && u.at().isBefore(previous.at())) {
                ctx.report(u.where(), "at", Rule.TIMESTAMP_ORDER, "update at " + LintContext.time(u.at())
                        + " comes after the update at " + LintContext.time(previous.at())
                        + " in the file but is earlier; keep updates oldest first");
            }
            if (u.next() != null && !u.next().isAfter(u.at()) && (u.status() == null || !u.status().closes())) {
                ctx.report(u.where(), "next", Rule.TIMESTAMP_ORDER, "next checkpoint " + LintContext.time(u.next())
                        + " is not after the update at " + LintContext.time(u.at()) + "; promise a checkpoint in the future");
            }
            if (u.instant().isAfter(ctx.now)) {
                ctx.report(u.where(), "at", Rule.FUTURE_UPDATE, "update at " + u.at() + " is later than now ("
                        + ctx.now + "); an update is published when it happens: fix the time, or pass --now if you lint for another time");
            }
            previous = u;
        }
        if (entry instanceof IncidentDraft incident && incident.triggered() != null) {
            for (UpdateDraft u : updates) {
                if (u.at() != null && u.at().isBefore(incident.triggered())) {
                    ctx.report(u.where(), "at", Rule.TIMESTAMP_ORDER, "update at " + LintContext.time(u.at())
                            + " is before the trigger at " + LintContext.time(incident.triggered())
                            + "; triggered is when the alert fired, so it cannot be later than the first update");
                    break;
                }
            }
        }
        if (entry instanceof MaintenanceDraft m && m.start() != null && m.end() != null && !m.end().isAfter(m.start())) {
            ctx.report(m.where(), "scheduled.end", Rule.TIMESTAMP_ORDER, "maintenance ends at " + m.end()
                    + ", not after its start " + m.start() + "; the end must be later than the start");
        }
    }
}
