package herald.model;

import java.util.Objects;

/** A public component of the site. {@code group} and {@code description} may be null. */
public record Component(String id, String name, String group, String description) {
    public Component {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
