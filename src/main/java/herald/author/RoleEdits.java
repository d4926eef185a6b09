package herald.author;

import herald.model.Entry;
import herald.model.Roles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * `herald roles`: fills internal.roles of an incident after the fact (the comms plan assigns the
 * roles first, but at 3 a.m. names come in one by one). The roles given replace those names; the
 * others stay; the rest of internal: is kept byte for byte.
 */
record RoleEdits(Author a) {
    Author.Result assign(String idOrPath, Map<String, String> given) throws Author.Refused, IOException {
        if (Roles.merge(given, Map.of()).isEmpty()) {
            throw new Author.Refused("name at least one role: --incident-lead, --comms-lead, --support-lead or --sre");
        }
        Path file = a.find(idOrPath, true);
        return a.write(file, true, original -> {
            Entry entry = a.current(file, original);
            Map<String, String> roles = Roles.merge(given, existing(entry.internal()));
            return EntryText.parse(original).withInternalRoles(AuthoredText.rolesFlow(roles)).text();
        }, IncidentEdits.idOf(file), null);
    }

    /** The names internal.roles holds now (values that are not texts are replaced, as if open). */
    private static Map<String, String> existing(Object internal) {
        Map<String, String> out = new LinkedHashMap<>();
        if (internal instanceof Map<?, ?> block && block.get("roles") instanceof Map<?, ?> roles) {
            for (String key : Roles.KEYS) {
                if (roles.get(key) instanceof CharSequence who) {
                    out.put(key, who.toString());
                }
            }
        }
        return out;
    }
}
