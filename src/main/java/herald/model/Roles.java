package herald.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four roles the comms plan assigns first (incident lead, comms lead, support lead, SRE on
 * call), as {@code internal.roles} and site.yaml's {@code roles:} default name them. Internal:
 * never rendered.
 */
public final class Roles {
    /** The keys, in the order they are written. */
    public static final List<String> KEYS = List.of("incidentLead", "commsLead", "supportLead", "sreOnCall");

    private Roles() {
    }

    /**
     * {@code first}'s names, then {@code fallback}'s for the roles {@code first} leaves open, in
     * {@link #KEYS} order; blank names count as open. Only named roles are in the result.
     */
    public static Map<String, String> merge(Map<String, String> first, Map<String, String> fallback) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : KEYS) {
            String who = named(first, key);
            if (who == null) {
                who = named(fallback, key);
            }
            if (who != null) {
                out.put(key, who);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static String named(Map<String, String> roles, String key) {
        String who = roles == null ? null : roles.get(key);
        return who == null || who.isBlank() ? null : who.strip();
    }
}
