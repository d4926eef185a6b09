package herald.cli;

import herald.author.Author;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "resolve",
        description = {"Resolve an incident: record its cause and post the 'resolved' update.",
            "Records the public cause (and the postmortem link if you have it) and appends the 'resolved' update in the "
            + "standard wording, with no effect unless --effect gives one. The banner disappears by itself."},
        exitCodeList = {ExitCodes.LISTED_WRITTEN, ExitCodes.LISTED_REFUSED_BY_LINT, ExitCodes.LISTED_UNKNOWN_INCIDENT},
        footer = {"  herald resolve 2026-11-27-slow-answers --cause \"An overloaded index shard slowed answers.\"",
            "  herald resolve 2026-11-27-slow-answers --cause \"…\" --postmortem https://tracker.example.com/PM-42"})
final class ResolveCommand extends AuthoringCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The incident id (its file name without .md).")
    String id;

    @Option(names = "--cause", paramLabel = "TEXT", description = "A short public cause (required unless the file has one).")
    String cause;

    @Option(names = "--postmortem", paramLabel = "URL", description = "Link to the postmortem ticket or page.")
    String postmortem;

    @Option(names = "--body", paramLabel = "TEXT|-", description = "The public text, '-' to read it from standard input (default: the standard 'resolved' wording).")
    String body;

    @Mixin
    AudienceOptions audience;

    @Override
    public Integer call() {
        return support.run(() -> support.author().resolve(id,
                new Author.Resolution(cause, postmortem, support.text("--body", body), support.at(), audience.owner, audience.scope, audience.effect)));
    }
}
