package herald.cli;

import herald.author.Author;
import herald.author.NotificationDrafts;
import herald.model.Entry;
import java.time.Instant;
import java.time.OffsetDateTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "notify",
        description = {"Print the internal notification drafts of an incident, one per audience.",
            "The audiences of the notification matrix: exec on call, support, sales and customer success, engineering.",
            "Internal: printed, never written into site/."},
        exitCodeList = {ExitCodes.LISTED_PRINTED, "2:could not run (unknown incident)"},
        footer = {"  herald notify 2026-11-27-slow-answers", "  herald notify 2026-11-27-slow-answers | pbcopy",
            "  herald notify 2026-11-27-slow-answers --at 2026-11-27T14:30:00Z"})
final class NotifyCommand extends IoCommand {
    @Mixin
    ContentDirOption contentDir;

    @Option(names = "--at", paramLabel = "TIME",
            description = "The time the drafts are written for, ISO-8601 with offset or now (default: now): sets \"in 9m\" and \"overdue by\".")
    String at;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
        OffsetDateTime given = Times.parse("--at", at, io.env, true);
        Instant when = given != null ? given.toInstant() : io.env.clock().instant();
        Author author = new Author(contentDir.content, io.env.cwd(), when);
        try {
            Entry entry = author.read(id);
            io.out().print(NotificationDrafts.render(author.siteSettings(), entry, when));
            return ExitCodes.OK;
        } catch (Author.Refused e) {
            io.err().println("herald: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        } catch (java.io.IOException e) {
            io.err().println("herald: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
    }
}
