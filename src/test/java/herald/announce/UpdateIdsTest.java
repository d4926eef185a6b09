package herald.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An announced update's id is the id the Status API publishes for it, so receivers can match them. */
class UpdateIdsTest {
    private static final Path API = Path.of("src/test/resources/golden/basic/site/api/v2");

    /** Entries imported from Statuspage keep their original ids in the API (issue 14); they are never announced. */
    private static java.util.Set<String> importedIds() throws java.io.IOException {
        java.util.Set<String> ids = new java.util.HashSet<>();
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("(?m)^imported: \\{from: statuspage, id: ([^,}]+)");
        try (var files = java.nio.file.Files.walk(Path.of("src/test/resources/golden/basic/content"))) {
            for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                java.util.regex.Matcher m = p.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    ids.add(m.group(1).trim());
                }
            }
        }
        return ids;
    }

    @Test
    void everyUpdateIdOfTheGoldenStatusApiIsTheHashOfItsEntryAndTime() throws Exception {
        java.util.Set<String> imported = importedIds();
        assertTrue(imported.contains("x9kq2m7v4b1n"), "the golden site has an entry imported from Statuspage: " + imported);
        int checked = 0;
        for (String file : new String[] {"incidents.json", "scheduled-maintenances.json"}) {
            JsonNode root = new ObjectMapper().readTree(API.resolve(file).toFile());
            JsonNode entries = root.has("incidents") ? root.get("incidents") : root.get("scheduled_maintenances");
            for (JsonNode entry : entries) {
                if (imported.contains(entry.get("id").asText())) {
                    continue;
                }
                for (JsonNode u : entry.get("incident_updates")) {
                    assertEquals(u.get("id").asText(), UpdateIds.update(entry.get("id").asText(), Instant.parse(u.get("created_at").asText())),
                            file + " " + entry.get("id"));
                    checked++;
                }
            }
        }
        assertTrue(checked >= 4, "the golden API has updates to compare: " + checked);
    }

    @Test
    void thePageIdOfTheStatusApiIsTheHashOfTheBaseUrl() throws Exception {
        JsonNode page = new ObjectMapper().readTree(API.resolve("status.json").toFile()).get("page");
        assertEquals(page.get("id").asText(), UpdateIds.shortId("https://status.golden.example/"));
    }

    @Test
    void timestampsHaveMillisecondsInUtc() {
        assertEquals("2026-11-20T14:09:00.000Z", UpdateIds.timestamp(Instant.parse("2026-11-20T14:09:00Z")));
    }
}
