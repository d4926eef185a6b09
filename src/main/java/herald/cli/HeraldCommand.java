package herald.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(name = "herald",
        versionProvider = VersionProvider.class,
        description = {
            "Static status-site generator that makes good incident communication the easy path.",
            "Incidents live as Markdown files in content/; the lint enforces the comms cadence; the build writes site/."
        },
        exitCodeList = {
            "0:success (warnings allowed)",
            "1:lint errors in the content",
            "2:could not run (no content folder, unreadable file, bad option)"
        },
        footer = {
            "  herald init status --host github-pages   start a status repository",
            "  herald lint                      check content/ against the comms policy",
            "  herald build                     lint, then write the status site to site/",
            "  herald lint --format github      annotate a pull request in GitHub Actions",
            "  herald <command> --help          options of one command"
        })
final class HeraldCommand extends GroupCommand {
    /** The subcommands, in --help order; {@link Main} adds them (only the one a command line names, when it names one). */
    static final List<Class<?>> SUBCOMMANDS = List.of(InitCommand.class, LintCommand.class, BuildCommand.class, NewCommand.class,
            UpdateCommand.class, ResolveCommand.class, PostmortemCommand.class, RolesCommand.class, MaintenanceCommand.class, NotifyCommand.class,
            AnnounceCommand.class, EvidenceCommand.class, DiffCommand.class, CheckLinksCommand.class, ServeCommand.class, ThemeCommand.class,
            ImportCommand.class, CompletionCommand.class, ArchiveTrainingCommand.class);

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "Print the stack trace of an internal error.")
    boolean stacktrace;
}
