package herald.announce;

import java.util.Map;
import java.util.Optional;

/**
 * Where secrets come from: the command passes {@code Env.of(System.getenv())}, tests pass a map.
 * Nothing in this package reads the process environment itself.
 */
@FunctionalInterface
public interface Env {
    /** The variable's value, or null when it is not set. */
    String get(String name);

    /** The value, when set and not blank (an empty CI secret is a missing one). */
    default Optional<String> value(String name) {
        String v = name == null ? null : get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    static Env of(Map<String, String> variables) {
        Map<String, String> copy = Map.copyOf(variables);
        return copy::get;
    }
}
