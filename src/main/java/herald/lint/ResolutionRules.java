package herald.lint;

import herald.diag.Level;
import herald.diag.Rule;
import herald.model.DurationText;
import herald.content.IncidentDraft;
import herald.content.UpdateDraft;
import herald.model.UpdateStatus;
import java.time.Instant;

/**
 * after-resolved, resolved-missing-cause and postmortem-missing. An active status after a resolve
 * re-opens the incident (cause and postmortem are then due from the next resolve); only a status
 * other than postmortem after a postmortem update is after-resolved, and a first postmortem
 * update that does not follow a resolve is an invalid status. Imported history needs no
 * cause or postmortem: its source never had them.
 */
final class ResolutionRules implements LintRule {

    @Override
    public void incident(LintContext ctx, IncidentDraft incident) {
        check(ctx, incident);
    }

    static void check(LintContext ctx, IncidentDraft incident) {
        afterPostmortem(ctx, incident);
        UpdateDraft resolved = incident.resolvedUpdate().orElse(null);
        if (resolved == null || incident.isImported()) {
            return;
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

    /**
     * Once an update has status postmortem, only postmortem updates may follow; and the first one
     * follows a resolve, or the incident could never be resolved (the spec's resolve is the latest
     * non-postmortem update's status).
     */
    private static void afterPostmortem(LintContext ctx, IncidentDraft incident) {
        UpdateDraft postmortem = null;
        UpdateDraft before = null;
        for (UpdateDraft u : incident.updates()) {
            if (u.status() == null) {
                continue;
            }
            if (postmortem == null && u.status() == UpdateStatus.POSTMORTEM && (before == null || before.status() != UpdateStatus.RESOLVED)) {
                ctx.report(u.where(), "status", Rule.INVALID_VALUE, "status postmortem "
                        + (before == null ? "on the first update" : "while the incident is " + before.status().id() + " (the update before it)")
                        + "; a postmortem update follows the resolve: add a resolved update before this one");
            }
            if (u.status() != UpdateStatus.POSTMORTEM) {
                before = u;
            }
            if (postmortem != null && u.status() != UpdateStatus.POSTMORTEM) {
                String when = postmortem.at() == null ? "" : " at " + LintContext.time(postmortem.at());
                ctx.report(u.where(), "status", Rule.AFTER_RESOLVED, "update with status " + u.status().id()
                        + " after the postmortem update" + when + "; only postmortem updates may follow a postmortem:"
                        + " move this update before it, or, if the problem came back, open a new incident");
            } else if (postmortem == null && u.status() == UpdateStatus.POSTMORTEM) {
                postmortem = u;
            }
        }
    }
}
