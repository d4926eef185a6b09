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

    @Test
    void everyUpdateIdOfTheGoldenStatusApiIsTheHashOfItsEntryAndTime() throws Exception {
        int checked = 0;
        for (String file : new String[] {"incidents.json", "scheduled-maintenances.json"}) {
            JsonNode root = new ObjectMapper().readTree(API.resolve(file).toFile());
            JsonNode entries = root.has("incidents") ? root.get("incidents") : root.get("scheduled_maintenances");
            for (JsonNode entry : entries) {
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
