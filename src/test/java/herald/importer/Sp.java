package herald.importer;

import java.util.ArrayList;
import java.util.List;

/** Statuspage JSON for tests, written out in full so each test shows the shape it reads. */
final class Sp {
    private Sp() {
    }

    static final String PAGE = """
            "page": {"id": "pg1", "name": "Acme", "url": "https://status.acme.example", "time_zone": "Etc/UTC",
                     "updated_at": "2026-03-01T12:00:00.000Z"}""";

    /** An update: status, display time, body and "code:new_status" pairs (none: affected_components null). */
    static String update(String id, String status, String at, String body, String... affected) {
        List<String> a = new ArrayList<>();
        for (String pair : affected) {
            String[] p = pair.split(":");
            a.add("{\"code\": \"" + p[0] + "\", \"name\": \"" + p[0].toUpperCase() + "\", \"old_status\": \"operational\", \"new_status\": \""
                    + p[1] + "\"}");
        }
        return """
                {"id": "%s", "status": "%s", "body": %s, "incident_id": "x", "created_at": "%s", "updated_at": "%s", "display_at": "%s",
                 "affected_components": %s, "deliver_notifications": true, "custom_tweet": null, "tweet_id": null}"""
                .formatted(id, status, quote(body), at, at, at, affected.length == 0 ? "null" : "[" + String.join(", ", a) + "]");
    }

    static String component(String id, String name, int position) {
        return """
                {"id": "%s", "name": "%s", "status": "operational", "created_at": "2020-01-01T00:00:00.000Z",
                 "updated_at": "2020-01-01T00:00:00.000Z", "position": %d, "description": null, "showcase": false, "start_date": null,
                 "group_id": null, "page_id": "pg1", "group": false, "only_show_if_degraded": false}""".formatted(id, name, position);
    }

    /** An incident; updates are given oldest first and listed newest first, as Statuspage does. */
    static String incident(String id, String name, String impact, String startedAt, String updatedAt, List<String> components,
            String... updates) {
        List<String> newestFirst = new ArrayList<>(List.of(updates));
        java.util.Collections.reverse(newestFirst);
        return """
                {"id": "%s", "name": %s, "status": "resolved", "created_at": "%s", "updated_at": "%s", "monitoring_at": null,
                 "resolved_at": null, "impact": "%s", "shortlink": "https://stspg.io/%s", "started_at": "%s", "page_id": "pg1",
                 "incident_updates": [%s], "components": [%s]}"""
                .formatted(id, quote(name), startedAt, updatedAt, impact, id, startedAt, String.join(",\n", newestFirst),
                        String.join(",\n", components));
    }

    static String maintenance(String id, String name, String from, String until, String... updates) {
        List<String> newestFirst = new ArrayList<>(List.of(updates));
        java.util.Collections.reverse(newestFirst);
        return """
                {"id": "%s", "name": %s, "status": "completed", "created_at": "%s", "updated_at": "%s", "monitoring_at": null,
                 "resolved_at": null, "impact": "maintenance", "shortlink": "https://stspg.io/%s", "started_at": "%s", "page_id": "pg1",
                 "incident_updates": [%s], "components": [%s], "scheduled_for": "%s", "scheduled_until": "%s"}"""
                .formatted(id, quote(name), from, until, id, from, String.join(",\n", newestFirst), component("api1", "API", 1), from, until);
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
