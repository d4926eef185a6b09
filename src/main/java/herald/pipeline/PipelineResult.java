package herald.pipeline;

import herald.content.Loaded;
import herald.derive.SiteView;
import herald.diag.Diagnostic;
import herald.diag.Level;
import herald.model.Content;
import herald.render.OutputFile;
import java.util.List;
import java.util.Optional;

/**
 * What one run of the {@link Pipeline} gives: every finding (sorted, warnings included), the
 * loaded drafts, notes about checks that could not run, and, as far as the run went, the site's
 * view, its files (in memory) or how many were written (to disk).
 *
 * @param view null when the run stopped before derive (asked to, or lint errors)
 * @param files the rendered site when it was rendered into memory, else empty
 * @param written how many files were written to disk
 */
public record PipelineResult(List<Diagnostic> diagnostics, Loaded loaded, List<String> notes, SiteView view,
        List<OutputFile> files, int written) {
    public PipelineResult {
        diagnostics = List.copyOf(diagnostics);
        notes = List.copyOf(notes);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.level() == Level.ERROR);
    }

    /** Some file could not be read at all: the findings are not the whole story (exit 2). */
    public boolean incomplete() {
        return !loaded.unreadable().isEmpty();
    }

    /** How many content files were looked at, for the summary line. */
    public int filesRead() {
        return loaded.files();
    }

    /** The validated model (entries that do not validate are left out); empty when site.yaml does not validate. */
    public Optional<Content> model() {
        return loaded.model();
    }

    /** Only the errors. */
    public List<Diagnostic> errors() {
        return Pipeline.errors(diagnostics);
    }
}
