package herald.cli;

import herald.content.DisplayPath;
import herald.diag.Diagnostic;
import herald.diag.DiagnosticFormat;
import herald.model.Content;
import herald.model.Links;
import herald.render.RenderException;
import herald.render.SiteRenderer;
import herald.site.SiteView;
import herald.site.SiteViewBuilder;
import herald.theme.ThemeException;
import herald.theme.ThemeLoader;
import herald.write.OutputFolder;
import herald.write.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Lint the content, then render the static status site.",
            "Runs exactly the checks of 'herald lint'; on any error nothing is written."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:site written (warnings allowed)",
            "1:lint errors: nothing written, the previous site is untouched",
            "2:could not run (no content folder, unreadable file, bad option, I/O failure)"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  herald build",
            "  herald build --out public --base-url https://status.example.com/",
            "  SOURCE_DATE_EPOCH=$(git log -1 --format=%%ct) herald build   # reproducible output"
        })
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOptions options;

    @Option(names = "--theme", paramLabel = "DIR|NAME",
            description = "A theme folder whose templates/ and assets/ replace the built-in theme's file by file; NAME means "
                    + "themes/NAME (default: themes/default when it exists, else the built-in theme alone).")
    String theme;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "Where the site is written (default: ${DEFAULT-VALUE}). Replaced atomically.")
    Path out_;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Absolute URL the site is served from, for feeds, banner and sitemap (default: baseUrl of site.yaml).")
    String baseUrl;

    private final Environment env;

    BuildCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (baseUrl != null && Links.baseUrlProblem(baseUrl) != null) {
            throw new UserError("--base-url is \"" + baseUrl + "\", " + Links.baseUrlProblem(baseUrl));
        }
        Path target = env.cwd().resolve(out_);
        Path themeFolder = ThemeLocator.folder(theme, env);
        refuseUnsafe(target, themeFolder);
        StageTimer timer = new StageTimer(spec.commandLine().getErr(), options.timings);
        CheckedContent checked = CheckedContent.run(options, env, timer);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checked.notes().forEach(err::println);
        List<Diagnostic> findings = checked.diagnostics().sorted();
        if (checked.incomplete()) {
            DiagnosticFormat.TEXT.print(findings, checked.loaded().files(), out);
            checked.loaded().unreadable().forEach(m -> err.println("herald: " + m));
            return ExitCodes.CANNOT_RUN;
        }
        if (checked.diagnostics().hasErrors()) {
            DiagnosticFormat.TEXT.print(findings, checked.loaded().files(), out);
            err.println("herald: build stopped: fix the lint errors above; nothing was written");
            return ExitCodes.FINDINGS;
        }
        findings.forEach(d -> out.println(d.toText()));
        out.println("lint passed: " + DiagnosticFormat.summary(findings, checked.loaded().files()));
        Content content = checked.loaded().content();
        String base = baseUrl != null ? baseUrl : content.site().baseUrl();
        SiteView view = SiteViewBuilder.build(content, checked.now(), base);
        timer.lap("derive");
        try {
            SiteRenderer renderer = new SiteRenderer(ThemeLoader.load(themeFolder, env.cwd()));
            AtomicInteger written = new AtomicInteger();
            try (SiteWriter.Staging staging = SiteWriter.begin(target)) {
                renderer.render(view, content.site().language(), content.site().title(), f -> {
                    staging.write(f);
                    written.incrementAndGet();
                });
                timer.lap("render+write");
                staging.commit();
                timer.lap("swap");
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            out.println("wrote " + written.get() + " files to " + DisplayPath.of(env.cwd(), target));
            return ExitCodes.OK;
        } catch (RenderException | ThemeException e) {
            err.println("herald: build stopped: " + e.getMessage() + "; the previous site is untouched");
            return ExitCodes.CANNOT_RUN;
        } catch (IOException e) {
            String why = e instanceof OutputFolder.Refused ? e.getMessage() : "cannot write " + DisplayPath.of(env.cwd(), target) + ": " + e.getMessage();
            err.println("herald: build stopped: " + why + "; the previous site is untouched");
            return ExitCodes.CANNOT_RUN;
        }
    }

    /**
     * The output folder is never the content folder, the theme folder, the repository root, a folder
     * that holds one of them or one Herald did not write: refused before anything is read or written.
     */
    private void refuseUnsafe(Path target, Path themeFolder) {
        Path contentDir = env.cwd().resolve(options.content());
        List<OutputFolder.Input> inputs = new java.util.ArrayList<>(List.of(
                new OutputFolder.Input("the content folder (" + DisplayPath.of(env.cwd(), contentDir) + ")", contentDir, false)));
        if (themeFolder != null) { // null: the built-in theme alone, from the jar
            inputs.add(new OutputFolder.Input("the theme folder (" + DisplayPath.of(env.cwd(), themeFolder) + ")", themeFolder, false));
        }
        try {
            Path repository = OutputFolder.repositoryRoot(contentDir);
            if (repository != null) {
                inputs.add(new OutputFolder.Input("the root of the repository that holds the content (" + DisplayPath.of(env.cwd(), repository)
                        + ")", repository, true));
            }
            OutputFolder.check(target, "\"" + DisplayPath.of(env.cwd(), target) + "\"", inputs);
        } catch (java.io.IOException e) {
            throw new UserError(e instanceof OutputFolder.Refused ? e.getMessage()
                    : "cannot check the output folder " + DisplayPath.of(env.cwd(), target) + ": " + e.getMessage());
        }
    }
}
