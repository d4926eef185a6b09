package herald.announce;

import java.util.Objects;

/**
 * One audience's draft of the notification matrix for one update (what {@code herald notify}
 * prints): internal text that may name the severity, owners and rollback. Only channels with that
 * audience ever receive it.
 *
 * @param text plain text, sent as written (exec: severity, scope, owner, next checkpoint; support:
 *             what users experience and the safe workaround; sales: who is affected and what to
 *             tell customers; eng: technical progress and the rollback lever)
 */
public record InternalDraft(String updateId, Audience audience, String text) {
    public InternalDraft {
        Objects.requireNonNull(updateId, "updateId");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(text, "text");
        if (!audience.isInternal()) {
            throw new IllegalArgumentException("a draft is for an internal audience, not " + audience.id());
        }
    }
}
