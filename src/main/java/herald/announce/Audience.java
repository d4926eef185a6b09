package herald.announce;

import herald.diag.PublicId;
import java.util.Optional;

/**
 * Who reads a channel. Only the internal audiences may receive severity or anything from
 * {@code internal:}: they get their draft of the notification matrix instead of the public text.
 */
public enum Audience implements PublicId {
    PUBLIC("Public"),
    EXEC("Exec on call"),
    SUPPORT("Support"),
    SALES("Sales and customer success"),
    ENG("Engineering");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isInternal() {
        return this != PUBLIC;
    }

    public static Optional<Audience> byId(String id) {
        return PublicId.byId(Audience.class, id);
    }
}
