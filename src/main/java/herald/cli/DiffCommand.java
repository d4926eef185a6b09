package herald.cli;

import herald.content.LoadFailure;
import herald.review.PublicDiff;
import herald.review.Review;
import java.io.IOException;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff",
        description = {"Show what the public will see change between two versions of the content.",
            "New and edited public text, the state of the components and of the page, the banner, and the lint findings of the changed files.",
            "Edits to updates users already read are called out. Nothing from internal: is shown."},
        exitCodeList = {ExitCodes.LISTED_PRINTED, "1:with --fail-on-rewrite: the change rewrites published updates", "2:could not run (not a git repository, unknown revision)"},
        footer = {"  herald diff                        # merge base with the default branch vs the working tree",
            "  herald diff origin/main... --format md --out diff.md   # for a pull request comment",
            "  herald diff HEAD~1 HEAD --format text"})
final class DiffCommand extends IoCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "BASE", description = {"Base revision; REV... (three dots) for the point where HEAD left REV, as in git diff.",
                "Default: the merge base with the default branch (origin/HEAD, main, master)."})
    String base;

    @Parameters(index = "1", arity = "0..1", paramLabel = "HEAD", description = "Head revision (default: the working tree).")
    String head;

    /** Markdown for a pull request comment, or text for a terminal. */
    enum Format { MD, TEXT }

    @Option(names = "--format", defaultValue = "text", paramLabel = "md|text", description = "Markdown for a PR comment, or text (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ReportOptions report;

    @Option(names = "--fail-on-rewrite", description = "Exit 1 when the change edits or removes an update already published.")
    boolean failOnRewrite;

    @Override
    public Integer call() throws IOException {
        Instant at = report.now.resolve(io.env);
        PublicDiff.Result result;
        try {
            result = Review.diff(io.env.cwd(), report.contentDir.content, base, head, at);
        } catch (LoadFailure e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError(e.getMessage());
        }
        report.out.emit(format == Format.MD ? result.markdown() : result.text(), io.env, io.out(), false);
        return failOnRewrite && result.rewritten() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
