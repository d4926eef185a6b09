package herald.cli;

import herald.diag.DisplayPath;
import herald.diag.DiagnosticFormat;
import herald.model.Links;
import herald.pipeline.Pipeline;
import herald.pipeline.PipelineResult;
import herald.write.OutputFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build",
        description = {
            "Lint the content, then render the static status site.",
            "Runs exactly the checks of 'herald lint'; on any error nothing is written."
        },
        exitCodeList = {
            "0:site written (warnings allowed)",
            "1:lint errors: nothing written, the previous site is untouched",
            "2:could not run (no content folder, unreadable file, bad option, I/O failure)"
        },
        footer = {
            "  herald build",
            "  herald build --out public --base-url https://status.example.com/",
            "  SOURCE_DATE_EPOCH=$(git log -1 --format=%%ct) herald build   # reproducible output"
        })
final class BuildCommand extends IoCommand {
    @Mixin
    ContentOptions options;

    @Mixin
    ThemeOption theme;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "Where the site is written (default: ${DEFAULT-VALUE}). Replaced atomically.")
    Path out_;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Absolute URL the site is served from, for feeds, banner and sitemap (default: baseUrl of site.yaml).")
    String baseUrl;

    @Override
    public Integer call() {
        if (baseUrl != null && Links.baseUrlProblem(baseUrl) != null) {
            throw new UserError("--base-url is \"" + baseUrl + "\", " + Links.baseUrlProblem(baseUrl));
        }
        Path target = io.env.cwd().resolve(out_);
        Path themeFolder = ThemeLocator.folder(theme.name, io.env);
        refuseUnsafe(target, themeFolder);
        StageTimer timer = new StageTimer(io.err(), options.timings);
        PrintWriter out = io.out();
        PrintWriter err = io.err();
        PipelineResult result;
        try {
            result = ContentRun.run(ContentRun.options(options, io.env, timer).write(themeFolder, baseUrl, target));
        } catch (Pipeline.StageFailure e) {
            // the lint passed (the failure came later): what it said is printed first
            e.linted().notes().forEach(err::println);
            ContentRun.reportPassed(e.linted().diagnostics(), e.linted().filesRead(), out);
            err.println("herald: build stopped: " + e.getMessage() + "; the previous site is untouched");
            return ExitCodes.CANNOT_RUN;
        }
        if (result.incomplete() || result.hasErrors()) {
            int status = ContentRun.report(result, DiagnosticFormat.TEXT, out, err);
            if (status == ExitCodes.FINDINGS) {
                err.println("herald: build stopped: fix the lint errors above; nothing was written");
            }
            return status;
        }
        result.notes().forEach(err::println);
        ContentRun.reportPassed(result.diagnostics(), result.filesRead(), out);
        out.println("wrote " + result.written() + " files to " + DisplayPath.of(io.env.cwd(), target));
        return ExitCodes.OK;
    }

    /**
     * The output folder is never the content folder, the theme folder, the repository root, a folder
     * that holds one of them or one Herald did not write: refused before anything is read or written.
     */
    private void refuseUnsafe(Path target, Path themeFolder) {
        Path contentDir = io.env.cwd().resolve(options.content());
        List<OutputFolder.Input> inputs = new java.util.ArrayList<>(List.of(
                new OutputFolder.Input("the content folder (" + DisplayPath.of(io.env.cwd(), contentDir) + ")", contentDir, false)));
        if (themeFolder != null) { // null: the built-in theme alone, from the jar
            inputs.add(new OutputFolder.Input("the theme folder (" + DisplayPath.of(io.env.cwd(), themeFolder) + ")", themeFolder, false));
        }
        try {
            Path repository = OutputFolder.repositoryRoot(contentDir);
            if (repository != null) {
                inputs.add(new OutputFolder.Input("the root of the repository that holds the content (" + DisplayPath.of(io.env.cwd(), repository)
                        + ")", repository, true));
            }
            OutputFolder.check(target, "\"" + DisplayPath.of(io.env.cwd(), target) + "\"", inputs);
        } catch (java.io.IOException e) {
            throw new UserError(e instanceof OutputFolder.Refused ? e.getMessage()
                    : "cannot check the output folder " + DisplayPath.of(io.env.cwd(), target) + ": " + e.getMessage());
        }
    }
}
