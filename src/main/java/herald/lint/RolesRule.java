package herald.lint;

import herald.diag.Rule;
import herald.content.IncidentDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * roles-missing: the comms plan starts by assigning four roles. An S1 or S2 incident must name
 * them in internal.roles (the rest of internal: stays free-form). Not imported history: its source had no roles.
 */
final class RolesRule implements LintRule {
    static final List<String> ROLES = herald.model.Roles.KEYS;


    @Override
    public void incident(LintContext ctx, IncidentDraft incident) {
        check(ctx, incident);
    }

    static void check(LintContext ctx, IncidentDraft incident) {
        if (incident.severity() == null || (incident.severity() != herald.model.Severity.S1 && incident.severity() != herald.model.Severity.S2)) {
            return;
        }
        Map<?, ?> roles = incident.internal() instanceof Map<?, ?> internal && internal.get("roles") instanceof Map<?, ?> r ? r : Map.of();
        List<String> missing = new ArrayList<>();
        for (String role : ROLES) {
            Object who = roles.get(role);
            if (who == null || who.toString().isBlank()) {
                missing.add(role);
            }
        }
        if (!missing.isEmpty()) {
            ctx.report(incident.where(), "internal", Rule.ROLES_MISSING, incident.severity() + " incident: internal.roles does not name "
                    + String.join(", ", missing) + "; assign an incident lead, comms lead, support lead and SRE on call, e.g. "
                    + "roles: {incidentLead: Dana, commsLead: Priya, supportLead: Tom, sreOnCall: Lee}, or herald roles " + incident.id() + " --incident-lead …");
        }
    }

    @Override
    public boolean judgesImportedHistory() {
        return false;
    }
}
