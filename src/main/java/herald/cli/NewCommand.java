package herald.cli;

import herald.author.Author;
import herald.model.Severity;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new",
        description = {"Open an incident with its banner and a first 'investigating' update.",
            "Writes content/incidents/<date>-<slug>.md with every required field, a banner in the standard wording and a first "
            + "'investigating' update whose checkpoint follows the policy."},
        footer = {"  herald new \"Slow AI answers\" --severity S2 --components answers-api,citations",
            "  herald new \"Sign-in failing\" --severity S1 --components sign-in --triggered 2026-11-27T13:32:00Z --effect \"most sign-ins fail\"",
            "  herald new \"Slow AI answers\" --severity S2 --components answers-api --incident-lead Dana --comms-lead Priya --sre Lee"})
final class NewCommand extends AuthoringCommand {
    @Parameters(index = "0", paramLabel = "TITLE", description = "Public title, e.g. \"Slow AI answers\".")
    String title;

    @Option(names = "--severity", required = true, paramLabel = "S1..S4", description = "Internal severity (S1 worst); sets the public state.")
    Severity severity;

    @Option(names = "--components", required = true, split = ",", paramLabel = "ID", description = "Affected component ids from site.yaml.")
    List<String> components;

    @Option(names = "--triggered", paramLabel = "TIME", description = "When the alert fired (default: now).")
    String triggered;

    @Mixin
    AudienceOptions audience;

    @Option(names = "--waiver", paramLabel = "TEXT", description = "Why the first update is late, if it is (turns the finding into a warning).")
    String waiver;

    @Mixin
    RoleOptions roles;

    @Option(names = "--banner", paramLabel = "TEXT", description = "The in-product banner (default: the standard wording for the public state).")
    String banner;

    @Option(names = "--body", paramLabel = "TEXT|-", description = "The first update's public text, '-' to read it from standard input (default: the standard acknowledgement).")
    String body;

    @Override
    public Integer call() {
        return support.run(() -> support.author().newIncident(new Author.NewIncident(
                title, severity, components, support.time("--triggered", triggered), support.at(), audience.owner, audience.scope, audience.effect, waiver,
                roles.roles(), banner, support.text("--body", body))), support::printNextDue);
    }
}
