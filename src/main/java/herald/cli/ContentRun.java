package herald.cli;

import herald.content.LoadFailure;
import herald.diag.Diagnostic;
import herald.diag.DiagnosticFormat;
import herald.pipeline.Pipeline;
import herald.pipeline.PipelineOptions;
import herald.pipeline.PipelineResult;
import java.io.PrintWriter;
import java.util.List;

/**
 * How lint and build start the {@link Pipeline} from their shared options, and how both report its
 * findings: the same checks (git's included) and the same printing, so a build says exactly what
 * the lint says.
 */
final class ContentRun {
    private ContentRun() {
    }

    /** The options of a run for --content, --now and --strict, timed by --timings. */
    static PipelineOptions options(ContentOptions options, Environment env, StageTimer timer) {
        return PipelineOptions.of(options.content(), env.cwd(), options.resolveNow(env))
                .withGit(options.strict ? PipelineOptions.GitChecks.STRICT : PipelineOptions.GitChecks.ON)
                .withLaps(timer::lap);
    }

    static PipelineResult run(PipelineOptions options) throws Pipeline.StageFailure {
        try {
            return Pipeline.run(options);
        } catch (LoadFailure e) {
            throw new UserError(e.getMessage());
        }
    }

    /**
     * Prints the findings in {@code format} and the notes; returns the exit status of the lint:
     * unreadable files (2) before errors (1).
     */
    static int report(PipelineResult r, DiagnosticFormat format, PrintWriter out, PrintWriter err) {
        format.print(r.diagnostics(), r.filesRead(), out);
        out.flush();
        r.notes().forEach(err::println);
        if (r.incomplete()) {
            r.loaded().unreadable().forEach(m -> err.println("herald: " + m));
            return ExitCodes.CANNOT_RUN;
        }
        return r.hasErrors() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** A build that passed the lint: each finding (warnings), then the summary. */
    static void reportPassed(List<Diagnostic> findings, int files, PrintWriter out) {
        findings.forEach(d -> out.println(d.toText()));
        out.println("lint passed: " + DiagnosticFormat.summary(findings, files));
    }
}
