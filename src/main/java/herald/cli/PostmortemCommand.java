package herald.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "postmortem",
        description = "Link the postmortem of a resolved incident and post the standard 'postmortem scheduled' update.",
        footer = "  herald postmortem 2026-11-27-slow-answers https://tracker.example.com/PM-42")
final class PostmortemCommand extends AuthoringCommand {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1", paramLabel = "URL")
    String url;

    @Override
    public Integer call() {
        return support.run(() -> support.author().postmortem(id, url, support.at()));
    }
}
