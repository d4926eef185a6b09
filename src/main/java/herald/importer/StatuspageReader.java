package herald.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import herald.importer.SourceData.Kind;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Statuspage's JSON into {@link SourceData}: the public v2 responses (summary, components,
 * incidents, unresolved, scheduled maintenances, a single incident with or without its {@code page})
 * and the v1 API's bare lists, every shape recognised by its keys. Each value is checked where it is
 * read, so a malformed source fails with its JSON path; components are matched by id, never by name
 * (an update's {@code affected_components} prefix the group's name).
 */
final class StatuspageReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> COMPONENT_STATES = Map.of("operational", "operational",
            "degraded_performance", "degraded-performance", "partial_outage", "partial-outage", "major_outage", "major-outage",
            "under_maintenance", "maintenance");
    private static final Map<String, String> IMPACTS = Map.of("critical", "S1", "major", "S2", "minor", "S3", "none", "S4");
    private static final List<String> INCIDENT_STATUSES = List.of("investigating", "identified", "monitoring", "resolved", "postmortem");
    private static final Map<String, String> WINDOW_STATUSES = Map.of("scheduled", "scheduled", "in_progress", "in-progress",
            "verifying", "verifying", "completed", "completed");

    /** A component as the JSON gives it, before groups are resolved. */
    private record Raw(String id, String name, String groupId, String description, int position) {
    }

    private final Map<String, Raw> components = new LinkedHashMap<>();
    private final Map<String, String> groups = new LinkedHashMap<>();
    private final Map<String, String> affectedNames = new LinkedHashMap<>();
    private final List<SourceData.Entry> entries = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private SourceData.Page page;

    /** Parses one response; {@code source} names it in messages (a file path or URL). */
    void read(String source, String text) throws ImportFailure {
        read(source, parse(source, text));
    }

    /** Reads one parsed response (a page of the v1 API, already without the incidents seen on earlier pages). */
    void read(String source, JsonNode root) throws ImportFailure {
        shape(JsonAt.root(source, root));
    }

    static JsonNode parse(String source, String text) throws ImportFailure {
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new ImportFailure(source + ": empty; expected a Statuspage JSON response");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new ImportFailure(source + where + ": not valid JSON: " + e.getOriginalMessage());
        }
    }

    private void shape(JsonAt root) throws ImportFailure {
        if (root.node().isArray()) {
            for (JsonAt item : root.items()) {
                item.object();
                if (item.node().has("incident_updates")) {
                    entries.add(entry(item, false));
                } else if (item.node().has("name")) {
                    component(item);
                } else {
                    throw item.fail("neither an incident (no incident_updates) nor a component (no name)");
                }
            }
            return;
        }
        root.object();
        boolean known = false;
        if (root.has("page")) {
            JsonAt p = root.get("page").object();
            page = new SourceData.Page(p.text("name"), p.optText("url"), p.optText("time_zone"));
            known = true;
        }
        for (JsonAt c : root.list("components")) {
            component(c.object());
            known = true;
        }
        for (JsonAt i : root.list("incidents")) {
            entries.add(entry(i.object(), false));
            known = true;
        }
        for (JsonAt m : root.list("scheduled_maintenances")) {
            entries.add(entry(m.object(), true));
            known = true;
        }
        if (root.has("incident")) {
            entries.add(entry(root.get("incident").object(), false));
            known = true;
        } else if (root.node().has("incident_updates")) {
            entries.add(entry(root, false));
            known = true;
        }
        if (!known) {
            throw root.fail("not a Statuspage response: expected page, components, incidents, scheduled_maintenances or an incident");
        }
    }

    private void component(JsonAt c) throws ImportFailure {
        String id = c.id("id");
        String name = c.text("name");
        if (c.bool("group")) {
            groups.put(id, name);
            return;
        }
        components.putIfAbsent(id, new Raw(id, name, c.optText("group_id"), c.optText("description"), c.intOr("position", Integer.MAX_VALUE)));
    }

    private SourceData.Entry entry(JsonAt i, boolean window) throws ImportFailure {
        String id = i.id("id");
        String impact = i.has("impact_override") ? i.text("impact_override") : i.optText("impact");
        boolean maintenance = window || i.has("scheduled_for") || "maintenance".equals(impact);
        OffsetDateTime created = i.time("created_at", false);
        List<SourceData.Update> updates = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (JsonAt c : i.list("components")) {
            component(c.object());
            named.add(c.id("id"));
        }
        for (JsonAt u : i.list("incident_updates")) {
            updates.add(update(u.object(), maintenance, named));
        }
        if (updates.isEmpty()) {
            throw i.get("incident_updates").fail("an incident without updates; Herald needs at least one (its status, time and text)");
        }
        updates.sort(java.util.Comparator.comparing(SourceData.Update::at)); // Statuspage lists them newest first
        OffsetDateTime start;
        OffsetDateTime end = null;
        String severity = null;
        if (maintenance) {
            start = i.time("scheduled_for", true);
            end = i.time("scheduled_until", true);
        } else {
            start = i.time("started_at", false);
            start = start != null ? start : created != null ? created : updates.get(0).at();
            severity = IMPACTS.get(impact == null ? "none" : impact);
            if (severity == null) {
                throw i.get(i.has("impact_override") ? "impact_override" : "impact")
                        .fail("unknown impact \"" + impact + "\"; expected none, minor, major or critical");
            }
        }
        String summary = i.optText("postmortem_body");
        return new SourceData.Entry(maintenance ? Kind.MAINTENANCE : Kind.INCIDENT, "statuspage", id, i.optText("shortlink"),
                i.text("name"), severity, start, end, named, updates, null, summary == null || summary.isBlank() ? null : summary.strip(),
                i.time("updated_at", false));
    }

    private SourceData.Update update(JsonAt u, boolean maintenance, List<String> named) throws ImportFailure {
        String status = u.text("status");
        String herald = maintenance ? WINDOW_STATUSES.get(status) : INCIDENT_STATUSES.contains(status) ? status : null;
        if (herald == null) {
            throw u.get("status").fail("unknown " + (maintenance ? "maintenance" : "incident") + " update status \"" + status
                    + "\"; expected " + (maintenance ? String.join(", ", new java.util.TreeSet<>(WINDOW_STATUSES.keySet())) : String.join(", ", INCIDENT_STATUSES)));
        }
        OffsetDateTime at = u.time("display_at", false);
        at = at != null ? at : u.time("created_at", true);
        Map<String, String> states = new LinkedHashMap<>();
        for (JsonAt a : u.list("affected_components")) {
            a.object();
            String code = a.id("code");
            String newStatus = a.text("new_status");
            String state = COMPONENT_STATES.get(newStatus);
            if (state == null) {
                throw a.get("new_status").fail("unknown component status \"" + newStatus + "\"; expected one of "
                        + String.join(", ", new java.util.TreeSet<>(COMPONENT_STATES.keySet())));
            }
            states.put(code, state);
            String name = a.optText("name");
            if (name != null) {
                affectedNames.putIfAbsent(code, name);
            }
            if (!named.contains(code)) {
                named.add(code);
            }
        }
        String body = u.optText("body");
        return new SourceData.Update(u.has("id") ? u.id("id") : null, herald, at, HtmlToMarkdown.convert(body == null ? "" : body), states);
    }

    /** Everything read so far; a component named only in updates takes its name from there (the group's prefix dropped). */
    SourceData.Batch batch() {
        List<SourceData.Component> out = new ArrayList<>();
        for (Raw r : components.values()) {
            out.add(new SourceData.Component(r.id, r.name, r.groupId == null ? null : groups.get(r.groupId), r.description, r.position));
        }
        for (Map.Entry<String, String> a : affectedNames.entrySet()) {
            if (!components.containsKey(a.getKey())) {
                String name = a.getValue();
                String group = null;
                for (String g : groups.values()) {
                    if (name.startsWith(g + " - ")) {
                        group = g;
                        name = name.substring(g.length() + 3);
                    }
                }
                out.add(new SourceData.Component(a.getKey(), name, group, null, Integer.MAX_VALUE));
            }
        }
        for (SourceData.Entry e : entries) {
            for (String c : e.components()) {
                if (out.stream().noneMatch(x -> x.sourceId().equals(c))) {
                    out.add(new SourceData.Component(c, c, null, null, Integer.MAX_VALUE));
                }
            }
        }
        return new SourceData.Batch(page, out, entries, notes);
    }

    void note(String note) {
        notes.add(note);
    }
}
