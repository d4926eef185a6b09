package herald.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import herald.Fixtures;
import herald.TestSite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** banner.json validates against the published schema in every situation a product meets. */
class BannerSchemaTest {
    @TempDir
    Path dir;
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonSchema schema(Path site) throws IOException {
        try (InputStream in = Files.newInputStream(site.resolve("schemas/banner.schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static JsonNode validBanner(Path site) throws IOException {
        JsonNode banner = JSON.readTree(site.resolve("banner.json").toFile());
        Set<ValidationMessage> errors = schema(site).validate(banner);
        assertEquals(Set.of(), errors, banner.toString());
        return banner;
    }

    @Test
    void theExampleWithAnActiveIncident() throws IOException {
        JsonNode banner = validBanner(TestSite.buildExample(dir));
        assertEquals(true, banner.get("active").asBoolean());
        assertEquals("degraded-performance", banner.get("state").asText());
    }

    @Test
    void allClear() throws IOException {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
        assertEquals(0, TestSite.build(dir, "2026-11-27T00:00:00Z").exitCode());
        JsonNode banner = validBanner(dir.resolve("site"));
        assertEquals(false, banner.get("active").asBoolean());
        assertEquals("operational", banner.get("state").asText());
        assertFalse(banner.has("message"));
    }

    @Test
    void maintenanceInProgressAndUpcoming() throws IOException {
        String inProgress = Fixtures.MAINTENANCE.replace("body: We will upgrade our database on 1 December between 02:00 and 03:00 UTC.",
                "body: We will upgrade our database on 1 December between 02:00 and 03:00 UTC.\n  - {at: 2026-12-01T02:00:00Z, status: in-progress, owner: SRE, scope: all regions, effect: brief unavailability, body: Started.}");
        TestSite.write(dir, "-- content/site.yaml --\n" + Fixtures.SITE + "-- " + Fixtures.MAINTENANCE_PATH + " --\n" + inProgress);
        assertEquals(0, TestSite.build(dir, "2026-12-01T02:30:00Z").exitCode());
        JsonNode during = validBanner(dir.resolve("site"));
        assertEquals("maintenance", during.get("state").asText());
        assertEquals("maintenance", during.get("impact").asText());
        assertEquals(true, during.get("active").asBoolean());
        TestSite.write(dir, "-- " + Fixtures.MAINTENANCE_PATH + " --\n" + Fixtures.MAINTENANCE);
        assertEquals(0, TestSite.build(dir, "2026-11-30T00:00:00Z").exitCode());
        JsonNode before = validBanner(dir.resolve("site"));
        assertEquals(false, before.get("active").asBoolean());
        assertEquals("2026-12-01T02:00:00Z", before.at("/maintenance/0/start").asText());
        assertEquals("2026-12-01T03:00:00Z", before.at("/maintenance/0/end").asText());
    }

    @Test
    void theSchemaRejectsAMalformedBanner() throws IOException {
        Path site = TestSite.buildExample(dir);
        JsonNode bad = JSON.readTree("{\"active\": true, \"state\": \"on fire\", \"impact\": \"major\", \"url\": \"x\", \"incidents\": [], \"maintenance\": []}");
        assertFalse(schema(site).validate(bad).isEmpty());
    }
}
