package herald.cli;

import herald.author.Author;
import herald.diag.Diagnostic;
import herald.diag.DiagnosticFormat;
import herald.model.TimeFormats;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/**
 * What the authoring commands share: --content and --at, the environment, the Author, and how
 * results are printed (on the command's own writers).
 */
final class AuthorSupport {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Mixin
    ContentDirOption contentDir;

    @Option(names = "--at", paramLabel = "TIME", description = "When this happened, ISO-8601 with offset (default: now, to the minute, UTC).")
    String at;

    private final Environment env;

    AuthorSupport(Environment env) {
        this.env = env;
    }

    Author author() {
        return new Author(contentDir.content, env.cwd(), env.clock().instant());
    }

    /** --at, or null for now (the Author's clock, to the minute). */
    OffsetDateTime at() {
        return time("--at", at);
    }

    /** An authoring time option: "now" or an ISO-8601 timestamp with an offset. */
    OffsetDateTime time(String option, String value) {
        return Times.parse(option, value, env, true);
    }

    /** A public text option: the text, or with "-" what standard input holds (for text written elsewhere or piped). */
    String text(String option, String value) {
        if (!"-".equals(value)) {
            return value;
        }
        String read;
        try {
            read = new String(env.stdin().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        } catch (java.io.IOException e) {
            throw new UserError(option + " -: cannot read standard input: " + e.getMessage());
        }
        if (read.isEmpty()) {
            throw new UserError(option + " -: standard input is empty; pipe the text in (echo \"…\" | herald … " + option + " -) or give it after " + option);
        }
        return read;
    }

    /** Runs an authoring action and prints what happened; refusals print the lint findings and exit 1. */
    int run(AuthorAction action) {
        return run(action, r -> { });
    }

    /**
     * The line `new` and `update` end with: when the next update is due, and the command that posts
     * it (none when the result promises no checkpoint).
     */
    void printNextDue(Author.Result r) {
        if (r.next() != null) {
            command.commandLine().getOut().println("next update due by " + TimeFormats.CLOCK_UTC.format(r.next())
                    + " UTC: herald update " + r.id() + " --status identified|investigating|monitoring");
        }
    }

    int run(AuthorAction action, java.util.function.Consumer<Author.Result> hint) {
        return run(command.commandLine().getOut(), command.commandLine().getErr(), action, hint);
    }

    private static int run(PrintWriter out, PrintWriter err, AuthorAction action, java.util.function.Consumer<Author.Result> hint) {
        try {
            Author.Result r = action.call();
            out.println("wrote " + r.displayPath());
            for (Diagnostic d : r.findings()) {
                out.println(d.toText());
            }
            out.println("lint: " + DiagnosticFormat.summary(r.findings(), 1));
            hint.accept(r);
            return ExitCodes.OK;
        } catch (Author.Refused e) {
            List<Diagnostic> findings = e.findings();
            for (Diagnostic d : findings) {
                out.println(d.toText());
            }
            err.println("herald: " + e.getMessage());
            return findings.isEmpty() ? ExitCodes.CANNOT_RUN : ExitCodes.FINDINGS;
        } catch (java.io.IOException e) {
            err.println("herald: " + e.getMessage() + "; nothing was written");
            return ExitCodes.CANNOT_RUN;
        }
    }

    @FunctionalInterface
    interface AuthorAction extends Callable<Author.Result> {
        @Override
        Author.Result call() throws Author.Refused, java.io.IOException;
    }
}
