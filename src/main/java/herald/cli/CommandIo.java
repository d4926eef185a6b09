package herald.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command reads and writes through: the injected {@link Environment} and the command's
 * own writers (picocli's, so in-process tests capture them). A mixin, so a command declares it in
 * one line instead of a spec field, an environment field and a constructor. ({@code @Command}:
 * picocli takes a class as a mixin only when it carries one of its annotations.)
 */
@Command
final class CommandIo {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    final Environment env;

    CommandIo(Environment env) {
        this.env = env;
    }

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    PrintWriter err() {
        return command.commandLine().getErr();
    }
}
