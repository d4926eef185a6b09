package herald.cli;

import herald.diag.DiagnosticFormat;
import herald.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "lint",
        description = {
            "Check every content file against the content format and the comms policy.",
            "Reports all findings at once as path:line:col: level [rule] message."
        },
        exitCodeList = {
            "0:no errors (warnings allowed)",
            "1:at least one error",
            "2:could not run (no content folder, unreadable site.yaml or file, bad option)"
        },
        footer = {
            "  herald lint",
            "  herald lint --content path/to/content --now 2026-11-20T15:00:00Z",
            "  herald lint --format json > findings.json",
            "  herald lint --format github     # in GitHub Actions: findings annotate the PR diff",
            "  herald lint --format gitlab > gl-code-quality-report.json   # GitLab Code Quality report"
        })
final class LintCommand extends IoCommand {
    @Mixin
    ContentOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, json, github or gitlab (default: ${DEFAULT-VALUE}).")
    DiagnosticFormat format;

    @Override
    public Integer call() throws Pipeline.StageFailure {
        StageTimer timer = new StageTimer(io.err(), options.timings);
        return ContentRun.report(ContentRun.run(ContentRun.options(options, io.env, timer)), format, io.out(),
                io.err());
    }
}
