package herald.lint;

import herald.diag.Level;
import herald.diag.Rule;
import herald.model.DurationText;
import herald.content.IncidentDraft;
import herald.content.UpdateDraft;
import herald.model.UpdateStatus;
import java.time.Instant;

/** after-resolved, resolved-missing-cause and postmortem-missing. */
final class ResolutionRules implements LintRule {

    @Override
    public void incident(LintContext ctx, IncidentDraft incident) {
        check(ctx, incident);
    }

    static void check(LintContext ctx, IncidentDraft incident) {
        UpdateDraft resolved = incident.resolvedUpdate().orElse(null);
        if (resolved == null) {
            return;
        }
        boolean after = false;
        for (UpdateDraft u : incident.updates()) {
            if (u == resolved) {
                after = true;
                continue;
            }
            if (after && u.status() != null && u.status() != UpdateStatus.POSTMORTEM) {
                ctx.report(u.where(), "status", Rule.AFTER_RESOLVED, "update with status " + u.status().id()
                        + " after the incident was resolved at " + LintContext.time(resolved.at())
                        + "; only postmortem updates may follow resolved: if the problem came back, open a new incident");
            }
        }
        if (incident.cause() == null || incident.cause().isBlank()) {
            ctx.report(resolved.where(), "status", Rule.RESOLVED_MISSING_CAUSE, "resolved at " + LintContext.time(resolved.at())
                    + " but the incident has no cause; add a short public cause at the top level, e.g. cause: A configuration change overloaded the database");
        }
        if (incident.severity() != null && incident.severity().breaksUsers()
                && (incident.postmortem() == null || incident.postmortem().isBlank())) {
            Instant due = resolved.instant().plus(ctx.policy.postmortemWithin());
            String within = DurationText.format(ctx.policy.postmortemWithin());
            if (ctx.now.isAfter(due)) {
                ctx.report(resolved.where().file(), resolved.where().pos("status"), Rule.POSTMORTEM_MISSING, Level.ERROR,
                        "resolved at " + LintContext.dateTime(resolved.at()) + " and still no postmortem link after "
                                + within + " (policy.postmortemWithin); add postmortem: with the URL of the postmortem ticket or page");
            } else {
                ctx.report(resolved.where().file(), resolved.where().pos("status"), Rule.POSTMORTEM_MISSING, Level.WARNING,
                        "no postmortem link yet; it is due by " + LintContext.dateTime(resolved.at().plus(ctx.policy.postmortemWithin()))
                                + " (" + within + " after resolve, policy.postmortemWithin): add postmortem: with the ticket URL when it exists");
            }
        }
    }
}
