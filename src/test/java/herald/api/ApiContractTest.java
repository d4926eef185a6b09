package herald.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import herald.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every api/v2 file has exactly the keys, nesting and JSON types of real Statuspage responses
 * (the fixtures in src/test/resources/statuspage/), and uses only Statuspage's vocabularies.
 * The expected shape of each kind of object is learnt from the fixtures, not written by hand.
 */
class ApiContractTest {
    @TempDir
    static Path dir;
    static Path site;
    static Path duringMaintenance;
    static final ObjectMapper JSON = new ObjectMapper();

    /** Kind of object -> key -> JSON types seen in the fixtures. */
    static final Map<String, Map<String, Set<String>>> EXPECTED = new LinkedHashMap<>();

    @BeforeAll
    static void build() throws IOException {
        for (String fixture : List.of("summary-with-incident-and-maintenance.json", "incidents-resolved.json")) {
            learn("file", JSON.readTree(Path.of("src/test/resources/statuspage", fixture).toFile()));
        }
        Path a = dir.resolve("a");
        site = TestSite.buildExample(a);
        // the upcoming sign-in migration in progress: exercises under_maintenance and in_progress
        Path b = dir.resolve("b");
        TestSite.copyTree(Path.of("content"), b.resolve("content"));
        Files.writeString(b.resolve("content/maintenance/2027-01-16-sign-in-migration.md"),
                Files.readString(b.resolve("content/maintenance/2027-01-16-sign-in-migration.md")).replace("internal:",
                        "  - {at: 2027-01-16T06:00:00Z, status: in-progress, owner: SRE, scope: All workspaces, effect: Sign-in may fail briefly, body: The migration has started.}\ninternal:"));
        TestSite.Run during = TestSite.build(b, "2027-01-16T06:30:00Z");
        assertEquals(0, during.exitCode(), during.out() + during.err());
        duringMaintenance = b.resolve("site");
    }

    /** The kind of the object found under a key of a parent of some kind. */
    static String kindOf(String parentKind, String key) {
        return switch (key) {
            case "page" -> "page";
            case "status" -> parentKind.equals("file") ? "status" : null;
            case "components" -> parentKind.equals("component") ? null : "component";
            case "incidents" -> "incident";
            case "scheduled_maintenances" -> "scheduled_maintenance";
            case "incident_updates" -> "incident_update";
            case "affected_components" -> "affected_component";
            default -> null;
        };
    }

    static String type(JsonNode n) {
        return n.isNull() ? "null" : n.isTextual() ? "string" : n.isBoolean() ? "boolean" : n.isIntegralNumber() ? "integer"
                : n.isNumber() ? "number" : n.isArray() ? "array" : "object";
    }

    private static void learn(String kind, JsonNode node) {
        Map<String, Set<String>> keys = EXPECTED.computeIfAbsent(kind, k -> new LinkedHashMap<>());
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            keys.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(type(e.getValue()));
            String child = kindOf(kind, e.getKey());
            if (child != null && e.getValue().isObject()) {
                learn(child, e.getValue());
            } else if (child != null && e.getValue().isArray()) {
                e.getValue().forEach(item -> learn(child, item));
            }
        }
    }

    /** Differences between an object and the learnt shape of its kind, recursively. */
    private static void compare(String kind, JsonNode node, String path, List<String> problems) {
        Map<String, Set<String>> expected = EXPECTED.get(kind);
        Set<String> actual = new TreeSet<>();
        node.fieldNames().forEachRemaining(actual::add);
        Set<String> want = new TreeSet<>(expected.keySet());
        if (kind.equals("component") && node.path("group").asBoolean()) {
            want.add("components"); // a group lists its children's ids (statuspage-v2.md)
        }
        if (!actual.equals(want)) {
            problems.add(path + ": keys " + actual + " but Statuspage has " + want);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String t = type(e.getValue());
            Set<String> allowed = new TreeSet<>(expected.getOrDefault(e.getKey(), Set.of("array")));
            if (allowed.contains("null")) {
                allowed.add("string"); // unknown in the fixture, known here
            }
            if (!allowed.contains(t)) {
                problems.add(path + "." + e.getKey() + ": " + t + " but Statuspage has " + allowed);
            }
            String child = kind.equals("component") && e.getKey().equals("components") ? null : kindOf(kind, e.getKey());
            if (child != null && e.getValue().isObject()) {
                compare(child, e.getValue(), path + "." + e.getKey(), problems);
            } else if (child != null && e.getValue().isArray()) {
                int i = 0;
                for (JsonNode item : e.getValue()) {
                    compare(child, item, path + "." + e.getKey() + "[" + i++ + "]", problems);
                }
            }
        }
    }

    static final List<String> FILES = List.of("summary.json", "status.json", "components.json", "incidents.json",
            "incidents/unresolved.json", "scheduled-maintenances.json", "scheduled-maintenances/upcoming.json",
            "scheduled-maintenances/active.json");

    @Test
    void everyFileHasTheKeysAndTypesOfRealStatuspageResponses() throws IOException {
        List<String> problems = new ArrayList<>();
        int objects = 0;
        for (Path root : List.of(site, duringMaintenance)) {
            for (String f : FILES) {
                JsonNode doc = JSON.readTree(root.resolve("api/v2").resolve(f).toFile());
                Set<String> top = new TreeSet<>();
                doc.fieldNames().forEachRemaining(top::add);
                for (String key : top) {
                    assertTrue(EXPECTED.get("file").containsKey(key), f + " has a top-level key Statuspage does not: " + key);
                }
                compare("file", doc, f, new ArrayList<>() {
                    @Override
                    public boolean add(String p) {
                        // a file holds a subset of the summary's top-level keys; everything else must match
                        return p.startsWith(f + ": keys") ? false : problems.add(p);
                    }
                });
                objects += doc.size();
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(objects > 20);
    }

    @Test
    void eachFileHasExactlyTheTopLevelKeysOfItsStatuspageCounterpart() throws IOException {
        Map<String, List<String>> expected = Map.of(
                "summary.json", List.of("page", "components", "incidents", "scheduled_maintenances", "status"),
                "status.json", List.of("page", "status"),
                "components.json", List.of("page", "components"),
                "incidents.json", List.of("page", "incidents"),
                "incidents/unresolved.json", List.of("page", "incidents"),
                "scheduled-maintenances.json", List.of("page", "scheduled_maintenances"),
                "scheduled-maintenances/upcoming.json", List.of("page", "scheduled_maintenances"),
                "scheduled-maintenances/active.json", List.of("page", "scheduled_maintenances"));
        for (Path root : List.of(site, duringMaintenance)) {
            for (String f : FILES) {
                List<String> keys = new ArrayList<>();
                JSON.readTree(root.resolve("api/v2").resolve(f).toFile()).fieldNames().forEachRemaining(keys::add);
                assertEquals(expected.get(f), keys, root.getParent().getFileName() + ": " + f);
            }
        }
    }

    @Test
    void onlyStatuspageVocabulariesAreUsed() throws IOException {
        Set<String> componentStatus = Set.of("operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance");
        Set<String> incidentStatus = Set.of("investigating", "identified", "monitoring", "resolved", "postmortem");
        Set<String> maintenanceStatus = Set.of("scheduled", "in_progress", "verifying", "completed");
        Set<String> impact = Set.of("none", "minor", "major", "critical");
        Set<String> indicator = Set.of("none", "minor", "major", "critical", "maintenance");
        Set<String> seen = new TreeSet<>();
        for (Path root : List.of(site, duringMaintenance)) {
            JsonNode summary = JSON.readTree(root.resolve("api/v2/summary.json").toFile());
            assertTrue(indicator.contains(summary.at("/status/indicator").asText()));
            for (String f : FILES) {
                JsonNode doc = JSON.readTree(root.resolve("api/v2").resolve(f).toFile());
                for (JsonNode c : doc.path("components")) {
                    assertTrue(componentStatus.contains(c.path("status").asText()), c.toString());
                    seen.add(c.path("status").asText());
                }
                for (JsonNode i : doc.path("incidents")) {
                    assertTrue(incidentStatus.contains(i.path("status").asText()), i.path("status").asText());
                    assertTrue(impact.contains(i.path("impact").asText()));
                    for (JsonNode u : i.path("incident_updates")) {
                        assertTrue(incidentStatus.contains(u.path("status").asText()));
                        for (JsonNode a : u.path("affected_components")) {
                            assertTrue(componentStatus.contains(a.path("old_status").asText()));
                            assertTrue(componentStatus.contains(a.path("new_status").asText()));
                        }
                    }
                    i.path("components").forEach(c -> assertTrue(componentStatus.contains(c.path("status").asText())));
                }
                for (JsonNode m : doc.path("scheduled_maintenances")) {
                    assertTrue(maintenanceStatus.contains(m.path("status").asText()), m.path("status").asText());
                    assertEquals("maintenance", m.path("impact").asText());
                    m.path("incident_updates").forEach(u -> assertTrue(maintenanceStatus.contains(u.path("status").asText())));
                    seen.add(m.path("status").asText());
                }
            }
        }
        assertTrue(seen.containsAll(Set.of("degraded_performance", "under_maintenance", "in_progress", "scheduled", "completed")), seen.toString());
    }

    @Test
    void timestampsAreRfc3339WithMillisecondsAndNeverTheBuildClock() throws IOException {
        String text = Files.readString(site.resolve("api/v2/incidents.json"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(?:created_at|updated_at|display_at|started_at|resolved_at|monitoring_at)\": \"([^\"]+)\"").matcher(text);
        int n = 0;
        while (m.find()) {
            assertTrue(m.group(1).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), m.group(1));
            n++;
        }
        assertTrue(n > 100);
        assertTrue(!text.contains("2026-11-27T14:30:00.000Z"), "the build time (--now) must not appear as a content timestamp");
    }
}
