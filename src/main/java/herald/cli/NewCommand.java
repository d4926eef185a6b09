package herald.cli;

import herald.author.Author;
import herald.model.Severity;
import herald.model.TimeFormats;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Open an incident: writes content/incidents/<date>-<slug>.md with every required field, a banner in the",
            "standard wording and a first 'investigating' update whose checkpoint follows the policy."},
        exitCodeList = {"0:written", "1:refused: the result would not pass the lint (nothing written)", "2:could not run"},
        footer = {"  herald new \"Slow AI answers\" --severity S2 --components answers-api,citations",
            "  herald new \"Sign-in failing\" --severity S1 --components sign-in --triggered 2026-11-27T13:32:00Z --effect \"most sign-ins fail\""})
final class NewCommand implements Callable<Integer> {
    @Mixin
    AuthorSupport support;

    @Parameters(index = "0", paramLabel = "TITLE", description = "Public title, e.g. \"Slow AI answers\".")
    String title;

    @Option(names = "--severity", required = true, paramLabel = "S1..S4", description = "Internal severity (S1 worst); sets the public state.")
    Severity severity;

    @Option(names = "--components", required = true, split = ",", paramLabel = "ID[,ID…]", description = "Affected component ids from site.yaml.")
    List<String> components;

    @Option(names = "--triggered", paramLabel = "TIME", description = "When the alert fired (default: now).")
    String triggered;

    @Mixin
    AudienceOptions audience;

    @Option(names = "--waiver", paramLabel = "TEXT", description = "Why the first update is late, if it is (turns the finding into a warning).")
    String waiver;

    @Option(names = "--incident-lead", paramLabel = "NAME", description = "Recorded in internal.roles (never published).")
    String incidentLead;

    @Option(names = "--comms-lead", paramLabel = "NAME")
    String commsLead;

    @Option(names = "--support-lead", paramLabel = "NAME")
    String supportLead;

    @Option(names = "--sre-on-call", paramLabel = "NAME")
    String sreOnCall;

    private java.util.Map<String, String> roles() {
        java.util.Map<String, String> r = new java.util.LinkedHashMap<>();
        r.put("incidentLead", incidentLead);
        r.put("commsLead", commsLead);
        r.put("supportLead", supportLead);
        r.put("sreOnCall", sreOnCall);
        return r;
    }

    @Override
    public Integer call() {
        return support.run(() -> support.author().newIncident(new Author.NewIncident(
                title, severity, components, support.time("--triggered", triggered), support.at(), audience.owner, audience.scope, audience.effect, waiver,
                roles())),
                r -> support.command.commandLine().getOut().println("next update due by " + TimeFormats.CLOCK_UTC.format(r.next())
                        + " UTC: herald update " + r.id() + " --status identified|investigating|monitoring"));
    }
}
