package herald.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "postmortem", mixinStandardHelpOptions = true,
        description = "Link the postmortem of a resolved incident and post the standard 'postmortem scheduled' update.",
        exitCodeList = {"0:written", "1:refused: the result would not pass the lint (nothing written)", "2:could not run"},
        footer = "  herald postmortem 2026-11-27-slow-answers https://tracker.example.com/PM-42")
final class PostmortemCommand implements Callable<Integer> {
    @Mixin
    AuthorSupport support;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1", paramLabel = "URL")
    String url;

    @Override
    public Integer call() {
        return support.run(() -> support.author().postmortem(id, url, support.at()));
    }
}
