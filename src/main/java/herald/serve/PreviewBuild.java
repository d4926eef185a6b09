package herald.serve;

import herald.content.LoadFailure;
import herald.diag.Diagnostic;
import herald.pipeline.Pipeline;
import herald.pipeline.PipelineOptions;
import herald.pipeline.PipelineResult;
import herald.render.OutputFile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One preview build: the {@link Pipeline} run as `herald build` runs it (the same checks, git's
 * included), with the site rendered into memory instead of written. Either a site or the reason
 * there is none; the findings (warnings included) either way.
 */
public record PreviewBuild(Map<String, byte[]> files, List<Diagnostic> findings, List<String> notes, String problem) {

    public boolean ok() {
        return problem == null && errors().isEmpty();
    }

    /** The findings that stop the build. */
    public List<Diagnostic> errors() {
        return findings.stream().filter(d -> d.level() == herald.diag.Level.ERROR).toList();
    }

    /** {@code themeFolder}: the folder over the built-in theme, or null for the built-in theme alone. */
    public static PreviewBuild run(Path content, Path cwd, Path themeFolder, Instant now) {
        PipelineResult result;
        try {
            result = Pipeline.run(PipelineOptions.of(content, cwd, now).withGit(PipelineOptions.GitChecks.ON).render(themeFolder, null));
        } catch (LoadFailure | Pipeline.StageFailure e) {
            return new PreviewBuild(Map.of(), List.of(), List.of(), e.getMessage());
        }
        if (result.incomplete() && !result.hasErrors()) {
            return new PreviewBuild(Map.of(), result.diagnostics(), result.notes(), String.join("; ", result.loaded().unreadable()));
        }
        Map<String, byte[]> files = new HashMap<>();
        for (OutputFile f : result.files()) {
            files.put(f.path(), f.bytes());
        }
        return new PreviewBuild(files, result.diagnostics(), result.notes(), null);
    }
}
