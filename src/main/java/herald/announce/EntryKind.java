package herald.announce;

import herald.diag.PublicId;
import java.util.Arrays;
import java.util.Optional;

/** What an update belongs to; {@code event} is the word a channel's {@code events:} filter uses. */
public enum EntryKind implements PublicId {
    INCIDENT("incidents"),
    MAINTENANCE("maintenance");

    private final String event;

    EntryKind(String event) {
        this.event = event;
    }

    public String event() {
        return event;
    }

    public static Optional<EntryKind> byId(String id) {
        return PublicId.byId(EntryKind.class, id);
    }

    public static Optional<EntryKind> byEvent(String event) {
        return Arrays.stream(values()).filter(k -> k.event.equals(event)).findFirst();
    }
}
