package herald.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Where an entry came from when it was brought in from another status page ({@code imported:}):
 * history published long ago by another tool, which the lint does not judge by today's comms rules.
 *
 * @param from the source tool: {@code statuspage}, {@code cstate} or another identifier
 * @param id the entry's id there (Statuspage's incident id), kept for old links and API consumers
 * @param url the entry's address there, or null
 * @param at when it was imported, or null
 */
public record Imported(String from, String id, String url, OffsetDateTime at) {
    public static final String STATUSPAGE = "statuspage";
    public static final String CSTATE = "cstate";

    public Imported {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(id, "id");
    }

    /** The source's public name, as the page says it: "Statuspage", "cState", else the identifier as written. */
    public String sourceName() {
        return switch (from) {
            case STATUSPAGE -> "Statuspage";
            case CSTATE -> "cState";
            default -> from;
        };
    }

    public boolean fromStatuspage() {
        return STATUSPAGE.equals(from);
    }
}
