package herald.serve;

import herald.content.ContentLoader;
import herald.content.LoadFailure;
import herald.content.Loaded;
import herald.diag.Diagnostic;
import herald.diag.Diagnostics;
import herald.lint.Linter;
import herald.render.OutputFile;
import herald.render.RenderException;
import herald.render.SiteRenderer;
import herald.site.SiteView;
import herald.site.SiteViewBuilder;
import herald.theme.ThemeException;
import herald.theme.ThemeLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One preview build in memory: the same stages as `herald build` (load, lint, derive, render), with
 * the files kept in a map instead of written. Either a site or the reason there is none.
 */
public record PreviewBuild(Map<String, byte[]> files, List<Diagnostic> errors, String problem) {

    public boolean ok() {
        return problem == null && errors.isEmpty();
    }

    /** {@code themeFolder}: the folder over the built-in theme, or null for the built-in theme alone. */
    public static PreviewBuild run(Path content, Path cwd, Path themeFolder, Instant now) {
        Loaded loaded;
        try {
            loaded = ContentLoader.load(content, cwd);
        } catch (LoadFailure e) {
            return new PreviewBuild(Map.of(), List.of(), e.getMessage());
        }
        Diagnostics diagnostics = Linter.lint(loaded, now);
        if (diagnostics.hasErrors()) {
            return new PreviewBuild(Map.of(), diagnostics.sorted().stream().filter(d -> d.level() == herald.diag.Level.ERROR).toList(), null);
        }
        if (!loaded.unreadable().isEmpty()) {
            return new PreviewBuild(Map.of(), List.of(), String.join("; ", loaded.unreadable()));
        }
        try {
            SiteView view = SiteViewBuilder.build(loaded.content(), now, null);
            List<OutputFile> out = new SiteRenderer(ThemeLoader.load(themeFolder, cwd)).render(view, loaded.content().site().language(), loaded.content().site().title());
            Map<String, byte[]> files = new HashMap<>();
            for (OutputFile f : out) {
                files.put(f.path(), f.bytes());
            }
            return new PreviewBuild(files, List.of(), null);
        } catch (RenderException | ThemeException e) {
            return new PreviewBuild(Map.of(), List.of(), e.getMessage());
        }
    }
}
