package herald.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ManifestJsonTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theManifestIsWrittenInAFixedKeyOrderNewestUpdateFirst() {
        assertEquals("""
                {
                  "format": 1,
                  "generatedFrom": "2026-11-20T14:10:00.000Z",
                  "historyDays": 90,
                  "page": {
                    "id": "k2x9q4m7p1ab",
                    "name": "Example Status",
                    "url": "https://status.example.com/",
                    "timeZone": "UTC",
                    "state": "degraded-performance"
                  },
                  "components": [
                    {
                      "id": "answers-api",
                      "name": "AI answers",
                      "state": "degraded-performance"
                    },
                    {
                      "id": "web",
                      "name": "Web app",
                      "state": "operational"
                    }
                  ],
                  "updates": [
                    {
                      "id": "3uz2bv5jgjq7",
                      "entry": "2026-11-20-slow-answers",
                      "kind": "incident",
                      "at": "2026-11-20T14:09:00.000Z",
                      "status": "investigating",
                      "components": [
                        "answers-api"
                      ],
                      "imported": false
                    },
                    {
                      "id": "1iy5pmps9kvu",
                      "entry": "2026-11-22-db-upgrade",
                      "kind": "maintenance",
                      "at": "2026-11-18T10:00:00.000Z",
                      "status": "scheduled",
                      "components": [
                        "web"
                      ],
                      "imported": false
                    }
                  ]
                }
                """, new String(ManifestJson.write(Scenario.incidentBegun()), StandardCharsets.UTF_8));
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameManifest() throws Exception {
        Manifest m = Scenario.windowStarted();
        assertEquals(m, ManifestJson.read(ManifestJson.write(m), "site/api/herald/manifest.json"));
    }

    @Test
    void aWrongFieldIsNamedWithItsPath() {
        String text = new String(ManifestJson.write(Scenario.incidentBegun()), StandardCharsets.UTF_8)
                .replace("\"at\": \"2026-11-18T10:00:00.000Z\"", "\"at\": \"yesterday\"");
        AnnounceException e = assertThrows(AnnounceException.class, () -> ManifestJson.read(bytes(text), "live"));
        assertEquals("live: $.updates[1].at: \"yesterday\" is not a UTC timestamp like 2026-11-20T14:09:00.000Z", e.getMessage());
    }

    @Test
    void anUnknownStateIsNamedWithItsPath() {
        String text = new String(ManifestJson.write(Scenario.incidentBegun()), StandardCharsets.UTF_8)
                .replace("\"state\": \"operational\"", "\"state\": \"fine\"");
        AnnounceException e = assertThrows(AnnounceException.class, () -> ManifestJson.read(bytes(text), "live"));
        assertEquals("live: $.components[1].state: \"fine\" is not one of operational, degraded-performance, partial-outage,"
                + " major-outage, maintenance, informational", e.getMessage());
    }

    @Test
    void aMissingFieldIsNamed() {
        AnnounceException e = assertThrows(AnnounceException.class, () -> ManifestJson.read(bytes("{\"format\": 1}"), "live"));
        assertEquals("live: $.page: missing", e.getMessage());
    }

    @Test
    void aNewerFormatIsRefusedRatherThanHalfRead() {
        AnnounceException e = assertThrows(AnnounceException.class, () -> ManifestJson.read(bytes("{\"format\": 2}"), "live"));
        assertEquals("live: $.format: format 2 is newer than this Herald reads (1); run the Herald version that built the live site,"
                + " or a newer one", e.getMessage());
    }

    @Test
    void anHtmlPageIsNotAManifest() {
        AnnounceException e = assertThrows(AnnounceException.class, () -> ManifestJson.read(bytes("<html>"), "live"));
        assertEquals("live: not JSON, so not a Herald manifest (Unexpected character ('<' (code 60)): expected a valid value"
                + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false'))", e.getMessage());
    }
}
