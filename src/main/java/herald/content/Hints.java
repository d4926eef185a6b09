package herald.content;

import java.util.Map;

/** The fix hints of structural findings: what to write for a missing field, and "did you mean". */
final class Hints {
    private static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("title", "add a public title, e.g. title: Slow and incomplete AI answers"),
            Map.entry("severity", "add severity: S1, S2, S3 or S4 (see the severity ladder)"),
            Map.entry("components", "list the affected component ids from site.yaml, e.g. components: [answers-api]"),
            Map.entry("triggered", "add when the alert fired, e.g. triggered: 2026-11-20T14:02:00Z"),
            Map.entry("updates", "add at least one update with at, status, owner, scope, effect, next and body"),
            Map.entry("at", "add when this update was published, e.g. at: 2026-11-20T14:09:00Z"),
            Map.entry("status", "add the status of this update"),
            Map.entry("owner", "add who speaks for this update (a role is fine), e.g. owner: Comms lead"),
            Map.entry("scope", "add who or what is affected, e.g. scope: EU regions, answers API"),
            Map.entry("effect", "add what users experience now, in plain words, e.g. effect: slow answers"),
            Map.entry("next", "add the next checkpoint, e.g. next: the time of this update + 15m"),
            Map.entry("body", "add the public text of this update"),
            Map.entry("scheduled", "add the window, e.g. scheduled: {start: 2026-12-01T02:00:00Z, end: 2026-12-01T03:00:00Z}"),
            Map.entry("start", "add when the window starts, e.g. start: 2026-12-01T02:00:00Z"),
            Map.entry("end", "add when the window ends, e.g. end: 2026-12-01T03:00:00Z"),
            Map.entry("baseUrl", "add the absolute address of the status site, e.g. baseUrl: https://status.example.com/"),
            Map.entry("id", "add an id of lower-case letters, digits and '-', e.g. id: answers-api"),
            Map.entry("name", "add the public name, e.g. name: AI answers"));

    private Hints() {
    }

    /** Where the key is not an entry's field, the same key asks for something else. */
    private static final Map<String, String> SITE = Map.of(
            "title", "add the site's public name, e.g. title: Acme status",
            "components", "list the components users see, e.g. components: [{id: answers-api, name: AI answers}]");
    private static final Map<String, String> IMPORTED = Map.of(
            "id", "add the entry's id where it was published before, e.g. id: n4njzfn1mqy0",
            "from", "add where the entry was published before, e.g. from: statuspage");

    /** The hint for a missing {@code key} of {@code file}, in {@code context} ("" at the top, "imported", "update 2"). */
    static String forMissing(String key, String file, String context) {
        String special = context.equals("imported") ? IMPORTED.get(key)
                : context.isEmpty() && file.endsWith("site.yaml") ? SITE.get(key) : null;
        return special != null ? special : EXAMPLES.getOrDefault(key, "add a value for " + key);
    }
}
