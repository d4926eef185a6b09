package herald.content;

import herald.diag.Diagnostics;
import herald.model.Content;
import java.util.List;
import java.util.Optional;

/**
 * The result of loading content/: the drafts (partial where files were bad), the structural
 * findings, files that could not be read at all, and how many files were looked at.
 *
 * @param siteReadable false when site.yaml was not valid YAML, so component checks are skipped
 */
public record Loaded(Drafts drafts, Diagnostics diagnostics, List<String> unreadable, int files, boolean siteReadable) {
    public Loaded {
        unreadable = List.copyOf(unreadable);
    }

    /**
     * The validated model for what runs after the lint: the site and every entry whose required
     * fields are all there (after a clean lint, every entry). Empty when site.yaml itself is not
     * valid.
     */
    public Optional<Content> model() {
        return Validation.content(drafts);
    }
}
