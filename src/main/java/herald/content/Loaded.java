package herald.content;

import herald.diag.Diagnostics;
import herald.model.Content;
import java.util.List;

/**
 * The result of loading content/: the model (partial where files were bad), the structural
 * findings, files that could not be read at all, and how many files were looked at.
 *
 * @param siteReadable false when site.yaml was not valid YAML, so component checks are skipped
 */
public record Loaded(Content content, Diagnostics diagnostics, List<String> unreadable, int files, boolean siteReadable) {
    public Loaded {
        unreadable = List.copyOf(unreadable);
    }
}
