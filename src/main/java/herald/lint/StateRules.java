package herald.lint;

import herald.diag.Rule;
import herald.content.IncidentDraft;

/** state-severity-mismatch: leaving the ladder's default state needs a stated reason. */
final class StateRules implements LintRule {

    @Override
    public void incident(LintContext ctx, IncidentDraft incident) {
        check(ctx, incident);
    }

    static void check(LintContext ctx, IncidentDraft incident) {
        if (incident.state() == null || incident.severity() == null) {
            return;
        }
        if (incident.state() != incident.severity().defaultState()
                && (incident.stateReason() == null || incident.stateReason().isBlank())) {
            ctx.report(incident.where(), "state", Rule.STATE_SEVERITY_MISMATCH, "state " + incident.state().id()
                    + " differs from the " + incident.severity() + " default (" + incident.severity().defaultState().id()
                    + "); add stateReason: saying why, or remove state: to use the default");
        }
    }
}
