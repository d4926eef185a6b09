package herald.content;

import herald.diag.Where;
import herald.model.Imported;
import java.util.List;
import java.util.Optional;

/**
 * An incident or maintenance file as the loader read it, for the lint: every field the author got
 * wrong or left out is null (the loader said why), and {@link #where()} keeps each field's
 * position for findings. What runs after the lint gets the validated {@link herald.model.Entry}
 * instead ({@link Validation}).
 */
public sealed interface EntryDraft permits IncidentDraft, MaintenanceDraft {
    String id();

    /** Display path of the file it came from, for findings. */
    String file();

    String title();

    List<String> components();

    String banner();

    List<UpdateDraft> updates();

    /** The optional Markdown body of the file: the public summary. */
    String summary();

    /** The free-form {@code internal:} block as plain maps, lists and strings; never rendered. */
    Object internal();

    /** The {@code imported:} block of an entry brought in from another status page, or null. */
    Imported imported();

    default boolean isImported() {
        return imported() != null;
    }

    Where where();

    default Optional<UpdateDraft> latestUpdate() {
        return updates().isEmpty() ? Optional.empty() : Optional.of(updates().get(updates().size() - 1));
    }
}
