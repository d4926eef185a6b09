package herald.announce;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who reads a channel. Only the internal audiences may receive severity or anything from
 * {@code internal:}: they get their draft of the notification matrix instead of the public text.
 */
public enum Audience {
    PUBLIC("public", "Public"),
    EXEC("exec", "Exec on call"),
    SUPPORT("support", "Support"),
    SALES("sales", "Sales and customer success"),
    ENG("eng", "Engineering");

    private final String id;
    private final String label;

    Audience(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public boolean isInternal() {
        return this != PUBLIC;
    }

    public static Optional<Audience> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
