package herald.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** --incident-lead, --comms-lead, --support-lead, --sre: the roles recorded in internal.roles (never published). */
final class RoleOptions {
    @Option(names = "--incident-lead", paramLabel = "NAME", description = "Incident lead, recorded in internal.roles (never published).")
    String incidentLead;

    @Option(names = "--comms-lead", paramLabel = "NAME", description = "Comms lead (internal.roles).")
    String commsLead;

    @Option(names = "--support-lead", paramLabel = "NAME", description = "Support lead (internal.roles).")
    String supportLead;

    @Option(names = {"--sre", "--sre-on-call"}, paramLabel = "NAME", description = "SRE on call (internal.roles).")
    String sreOnCall;

    /** The roles given, by their internal.roles key; the others null. */
    Map<String, String> roles() {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("incidentLead", incidentLead);
        r.put("commsLead", commsLead);
        r.put("supportLead", supportLead);
        r.put("sreOnCall", sreOnCall);
        return r;
    }
}
