package herald.cli;

import herald.author.Author;
import herald.model.UpdateStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "update",
        description = {"Append one update to an incident, in the standard wording for its status unless you give the text.",
            "The next checkpoint defaults from the policy; scope, effect and owner carry over from the last update."},
        exitCodeList = {ExitCodes.LISTED_WRITTEN, ExitCodes.LISTED_REFUSED_BY_LINT, ExitCodes.LISTED_UNKNOWN_INCIDENT},
        footer = {"  herald update 2026-11-27-slow-answers --status identified",
            "  herald update 2026-11-27-slow-answers --status monitoring --effect \"answers are fast again\"",
            "  herald update 2026-11-27-slow-answers --status investigating --body \"We are still investigating. Next update at 14:40 UTC.\" --next 14:40"})
final class UpdateCommand extends AuthoringCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The incident id (its file name without .md).")
    String id;

    @Option(names = "--status", required = true, paramLabel = "STATUS", description = "investigating, identified or monitoring.")
    String status;

    @Option(names = "--body", paramLabel = "TEXT|-", description = "The public text, '-' to read it from standard input (default: the standard template for the status).")
    String body;

    @Option(names = "--banner", paramLabel = "TEXT", description = "Replace the in-product banner (e.g. when the public state changes).")
    String banner;

    @Option(names = "--template", paramLabel = "NAME", description = "Template to use instead: ongoing, identified, monitoring (or a site template).")
    String template;

    @Option(names = "--next", paramLabel = "15m|TIME", description = "Next checkpoint: a duration after --at (15m), a time of day in UTC (14:40, the first after --at) or a timestamp (default from the policy).")
    String next;

    @Mixin
    AudienceOptions audience;

    @Option(names = "--waiver", paramLabel = "TEXT", description = "Why this update is late, if it is.")
    String waiver;

    @Override
    public Integer call() {
        UpdateStatus s = UpdateStatus.byId(status, true)
                .orElseThrow(() -> new UserError("--status \"" + status + "\" is not an incident status; use investigating, identified or monitoring"));
        return support.run(() -> support.author().update(id,
                new Author.IncidentUpdate(s, support.text("--body", body), template, next, support.at(), audience.owner, audience.scope,
                        audience.effect, waiver, banner)),
                support::printNextDue);
    }
}
