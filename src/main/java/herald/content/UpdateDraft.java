package herald.content;

import herald.diag.Where;
import herald.model.UpdateFields;

/**
 * One update as read. Times keep the offset they were written with (so messages quote them as the
 * author wrote them). Any field may be null when the file left it out; the lint reports that.
 * {@code state} is the optional {@code state:} of the update, {@code originalId} its {@code imported: {id:}}.
 */
public record UpdateDraft(UpdateFields.Values values, Where where) implements UpdateFields {
}
