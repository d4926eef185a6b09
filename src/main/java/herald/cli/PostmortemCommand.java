package herald.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "postmortem", mixinStandardHelpOptions = true,
        description = "Link the postmortem of a resolved incident and post the standard 'postmortem scheduled' update.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:written", "1:refused: the result would not pass the lint (nothing written)", "2:could not run"},
        footerHeading = "%nExamples:%n",
        footer = "  herald postmortem 2026-11-27-slow-answers https://tracker.example.com/PM-42")
final class PostmortemCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AuthorSupport support;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1", paramLabel = "URL")
    String url;

    private final Environment env;

    PostmortemCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        return AuthorSupport.run(spec.commandLine().getOut(), spec.commandLine().getErr(),
                () -> support.author(env).postmortem(id, url, support.at(env)));
    }
}
