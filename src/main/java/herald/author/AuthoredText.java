package herald.author;

import herald.model.Roles;
import herald.model.Site;
import herald.model.TimeFormats;
import herald.yaml.YamlText;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pieces of the text the authoring commands write that must agree with the page: the checkpoint
 * time in the site's display zone with its abbreviation ("02:55 EST", as the page's "Next update
 * by" shows it), and the roles line of internal:.
 */
final class AuthoredText {
    private AuthoredText() {
    }

    /**
     * Puts the checkpoint into a template's values: {@code next} as the page shows it ("02:55 EST",
     * "14:40 UTC" on a UTC site) and {@code nextUtc} for site templates that still write "{{next}} UTC".
     */
    static void checkpoint(Map<String, String> values, Site site, OffsetDateTime next) {
        ZoneId zone = site.timezone();
        values.put("next", TimeFormats.CLOCK.withZone(zone).format(next) + " " + TimeFormats.zoneName(zone, next.toInstant()));
        values.put("nextUtc", TimeFormats.CLOCK_UTC.format(next));
    }

    /** "{incidentLead: Dana, commsLead: Priya}" in KEYS order, for the named roles only. */
    static String rolesFlow(Map<String, String> roles) {
        List<String> parts = new ArrayList<>();
        for (String key : Roles.KEYS) {
            String who = roles.get(key);
            if (who != null) {
                parts.add(key + ": " + flowScalar(who));
            }
        }
        return "{" + String.join(", ", parts) + "}";
    }

    /** A scalar that is safe inside a flow mapping: quoted when it holds , [ ] { }. */
    private static String flowScalar(String text) {
        String s = YamlText.scalar(text);
        if (s.startsWith("\"") || s.chars().noneMatch(c -> ",[]{}".indexOf(c) >= 0)) {
            return s;
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
