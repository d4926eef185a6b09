package herald.announce;

import java.util.Arrays;
import java.util.Optional;

/** What an update belongs to; {@code event} is the word a channel's {@code events:} filter uses. */
public enum EntryKind {
    INCIDENT("incident", "incidents"),
    MAINTENANCE("maintenance", "maintenance");

    private final String id;
    private final String event;

    EntryKind(String id, String event) {
        this.id = id;
        this.event = event;
    }

    public String id() {
        return id;
    }

    public String event() {
        return event;
    }

    public static Optional<EntryKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static Optional<EntryKind> byEvent(String event) {
        return Arrays.stream(values()).filter(k -> k.event.equals(event)).findFirst();
    }
}
