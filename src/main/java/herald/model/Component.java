package herald.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A public component of the site. {@code group}, {@code description} and {@code since} (the first
 * day it has data, in the site's zone; null: the site's) may be null.
 */
public record Component(String id, String name, String group, String description, LocalDate since) {
    public Component {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** A component whose data begins with the site's. */
    public Component(String id, String name, String group, String description) {
        this(id, name, group, description, null);
    }
}
