package herald.wording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** One real status-page update: GitHub's, from updates.jsonl or from the Statuspage-shaped incident files. */
record RealUpdate(String incident, String status, OffsetDateTime at, String body) {
    static final Path UPDATES = Path.of("src/test/resources/real/github/updates.jsonl");
    /** Where shared/ sits beside a clone (../shared) or beside a worktree (../../shared). */
    static Path incidentsDir() {
        for (String up : new String[] {"../shared", "../../shared"}) {
            Path dir = Path.of(up, "fixtures/real/github/incidents");
            if (Files.isDirectory(dir)) {
                return dir;
            }
        }
        return null;
    }

    /** The key of the golden lists: incident id and time. */
    String key() {
        return incident + "@" + at.toInstant();
    }

    boolean closed() {
        return status.equals("resolved") || status.equals("postmortem");
    }

    /** The 3,233 updates of updates.jsonl, in file order. */
    static List<RealUpdate> fromJsonLines(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<RealUpdate> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JsonNode u = json.readTree(line);
                out.add(new RealUpdate(u.path("incident").asText(), u.path("status").asText(),
                        OffsetDateTime.parse(u.path("at").asText()), u.path("body").asText("")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The updates of every incident file under {@code dir}, each incident oldest first, incidents by file name. */
    static List<List<RealUpdate>> fromIncidentFiles(Path dir) {
        ObjectMapper json = new ObjectMapper();
        List<List<RealUpdate>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode incident = json.readTree(f.toFile()).path("incident");
                List<RealUpdate> updates = new ArrayList<>();
                for (JsonNode u : incident.path("incident_updates")) {
                    String at = u.path("display_at").asText(u.path("created_at").asText());
                    updates.add(new RealUpdate(incident.path("id").asText(), u.path("status").asText(),
                            OffsetDateTime.parse(at), u.path("body").asText("")));
                }
                updates.sort(Comparator.comparing(RealUpdate::at));
                out.add(List.copyOf(updates));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
