package herald.pipeline;

import herald.content.ContentLoader;
import herald.content.LoadFailure;
import herald.content.Loaded;
import herald.derive.SiteView;
import herald.derive.SiteViewBuilder;
import herald.diag.Diagnostic;
import herald.diag.DisplayPath;
import herald.diag.Diagnostics;
import herald.diag.Level;
import herald.history.GitHistory;
import herald.lint.BackdatedCheck;
import herald.lint.Linter;
import herald.model.Content;
import herald.render.OutputFile;
import herald.render.RenderException;
import herald.render.SiteRenderer;
import herald.theme.ThemeException;
import herald.theme.ThemeLoader;
import herald.write.OutputFolder;
import herald.write.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one pipeline every command runs: load → lint → derive → render → write. Each stage is a
 * function of the one before (only load and write touch the disk); what differs between commands
 * is in the {@link PipelineOptions}: how far to go, whether the site goes into memory or onto
 * disk (Zola's build modes), whether the git-based check runs. So build, serve, diff, evidence
 * and the authoring check see the same findings for the same content.
 */
public final class Pipeline {
    private Pipeline() {
    }

    /** A stage after the lint that could not finish (theme, render or write): the message says what and where. */
    public static final class StageFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient PipelineResult linted;

        StageFailure(String message, PipelineResult linted) {
            super(message, null, false, false);
            this.linted = linted;
        }

        /** What the lint found before the failure (it passed: warnings only), or null when it failed before the lint. */
        public PipelineResult linted() {
            return linted;
        }
    }

    /**
     * Loads the content folder and runs the stages the options ask for.
     *
     * @throws LoadFailure when there is no content folder or no readable site.yaml
     */
    public static PipelineResult run(PipelineOptions options) throws LoadFailure, StageFailure {
        RenderPreparation preparation = options.until() == PipelineOptions.Stage.RENDER ? RenderPreparation.start(options) : null;
        Loaded loaded = ContentLoader.load(options.contentDir(), options.cwd(), options.work());
        options.lap("load");
        return run(options, loaded, preparation);
    }

    /** The stages after load, on content loaded elsewhere (the authoring commands' new text of one file). */
    public static PipelineResult run(PipelineOptions options, Loaded loaded) throws StageFailure {
        return run(options, loaded, null);
    }

    private static PipelineResult run(PipelineOptions options, Loaded loaded, RenderPreparation preparation) throws StageFailure {
        Diagnostics diagnostics = Linter.lint(loaded, options.now(), options.work());
        List<String> notes = new ArrayList<>();
        if (options.git() != PipelineOptions.GitChecks.OFF) {
            Path contentDir = options.cwd().resolve(options.contentDir());
            Supplier<GitHistory> history = () -> options.history() != null ? options.history() : GitHistory.read(contentDir);
            BackdatedCheck.Outcome git = BackdatedCheck.check(loaded.drafts(), contentDir, history,
                    options.now(), options.git() == PipelineOptions.GitChecks.STRICT, diagnostics);
            if (git.unavailable() != null && !git.silent()) {
                notes.add("note: backdated-update not checked: " + git.unavailable());
            }
        }
        options.lap("lint");
        List<Diagnostic> findings = diagnostics.sorted();
        PipelineResult linted = new PipelineResult(findings, loaded, notes, null, List.of(), 0);
        if (options.until() == PipelineOptions.Stage.LINT || linted.hasErrors() || linted.incomplete()) {
            return linted;
        }
        Content model = loaded.model().filter(m -> m.entries().size() == loaded.drafts().entries().size())
                .orElseThrow(() -> new IllegalStateException("the lint passed, but some content does not validate"));
        SiteView view = SiteViewBuilder.build(model, options.now(), options.baseUrl(), options.work());
        options.lap("derive");
        if (options.until() == PipelineOptions.Stage.DERIVE) {
            return new PipelineResult(findings, loaded, notes, view, List.of(), 0);
        }
        SiteRenderer renderer;
        try {
            renderer = preparation != null ? preparation.renderer()
                    : new SiteRenderer(ThemeLoader.load(options.themeFolder(), options.cwd()), options.work());
        } catch (ThemeException e) {
            throw new StageFailure(e.getMessage(), linted);
        }
        String language = model.site().language();
        String title = model.site().title();
        try {
            if (options.out() == null) {
                List<OutputFile> files = renderer.render(view, language, title);
                options.lap("render");
                return new PipelineResult(findings, loaded, notes, view, files, 0);
            }
            AtomicInteger written = new AtomicInteger();
            try (SiteWriter.Staging staging = SiteWriter.begin(options.out())) {
                renderer.render(view, language, title, f -> {
                    staging.write(f);
                    written.incrementAndGet();
                });
                options.lap("render+write");
                staging.commit();
                options.lap("swap");
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return new PipelineResult(findings, loaded, notes, view, Collections.emptyList(), written.get());
        } catch (RenderException e) {
            throw new StageFailure(e.getMessage(), linted);
        } catch (IOException e) {
            throw new StageFailure(e instanceof OutputFolder.Refused ? e.getMessage()
                    : "cannot write " + DisplayPath.of(options.cwd(), options.out()) + ": " + e.getMessage(), linted);
        }
    }

    /** Load and lint only, whatever stage the options name: the findings, and the validated model on demand. */
    public static PipelineResult lint(PipelineOptions options) throws LoadFailure {
        Loaded loaded = ContentLoader.load(options.contentDir(), options.cwd(), options.work());
        options.lap("load");
        return lint(options, loaded);
    }

    /** Lint only, on content loaded elsewhere (the authoring commands' new text, a version from git). */
    public static PipelineResult lint(PipelineOptions options, Loaded loaded) {
        try {
            return run(options.until(PipelineOptions.Stage.LINT), loaded);
        } catch (StageFailure e) {
            throw new IllegalStateException("lint has no later stage to fail", e);
        }
    }

    /** Errors only, for the views that show nothing else (the preview's error page). */
    static List<Diagnostic> errors(List<Diagnostic> findings) {
        return findings.stream().filter(d -> d.level() == Level.ERROR).toList();
    }
}
