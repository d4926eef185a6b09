package herald.announce;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * The test's small status site, as the build and the command would hand it over: two components,
 * an incident that begins, the same incident's next update, and a maintenance window that starts.
 * Drafts carry sentinel values that must never reach a public channel.
 */
final class Scenario {
    static final String INCIDENT = "2026-11-20-slow-answers";
    static final String WINDOW = "2026-11-22-db-upgrade";
    static final String INCIDENT_URL = "https://status.example.com/incidents/" + INCIDENT + "/";
    static final String WINDOW_URL = "https://status.example.com/maintenance/" + WINDOW + "/";
    static final Set<String> COMPONENT_IDS = Set.of("answers-api", "web");

    /** Internal values that must appear only on internal channels. */
    static final List<String> SENTINELS = List.of("[S1]", "S1", "SENTINEL-LEAD-91", "SENTINEL-ROLLBACK-42", "SENTINEL-WORKAROUND-7",
            "SENTINEL-SALES-3", "severity");

    static final Instant INVESTIGATING_AT = Instant.parse("2026-11-20T14:09:00Z");
    static final Instant IDENTIFIED_AT = Instant.parse("2026-11-20T14:24:00Z");
    static final Instant SCHEDULED_AT = Instant.parse("2026-11-18T10:00:00Z");
    static final Instant WINDOW_START = Instant.parse("2026-11-22T02:00:00Z");
    static final Instant WINDOW_END = Instant.parse("2026-11-22T03:00:00Z");

    static final Manifest.PublishedUpdate INVESTIGATING = Manifest.PublishedUpdate.of(INCIDENT, EntryKind.INCIDENT, INVESTIGATING_AT,
            "investigating", List.of("answers-api"), false);
    static final Manifest.PublishedUpdate IDENTIFIED = Manifest.PublishedUpdate.of(INCIDENT, EntryKind.INCIDENT, IDENTIFIED_AT,
            "identified", List.of("answers-api"), false);
    static final Manifest.PublishedUpdate SCHEDULED = Manifest.PublishedUpdate.of(WINDOW, EntryKind.MAINTENANCE, SCHEDULED_AT,
            "scheduled", List.of("web"), false);
    static final Manifest.PublishedUpdate IN_PROGRESS = Manifest.PublishedUpdate.of(WINDOW, EntryKind.MAINTENANCE, WINDOW_START,
            "in-progress", List.of("web"), false);

    private static final String INVESTIGATING_TEXT = "Users may see slow responses & missing citations. Next update by 14:25 UTC.";
    private static final String IDENTIFIED_TEXT = "We found the cause: an overloaded search cluster. Answers stay slow for some users."
            + " Next update by 14:45 UTC.";

    private Scenario() {
    }

    static Manifest manifest(Instant at, State answers, State web, Manifest.PublishedUpdate... updates) {
        State page = State.worst(answers, web);
        return Manifest.of(new Manifest.Page("k2x9q4m7p1ab", "Example Status", "https://status.example.com/", ZoneId.of("UTC"), page),
                at, 90, List.of(new Manifest.ComponentState("answers-api", "AI answers", answers),
                        new Manifest.ComponentState("web", "Web app", web)), List.of(updates));
    }

    /** Before the incident: all operational, an old window announced. */
    static Manifest quiet() {
        return manifest(Instant.parse("2026-11-20T14:00:00Z"), State.OPERATIONAL, State.OPERATIONAL, SCHEDULED);
    }

    /** The incident has begun: one new update and a state change. */
    static Manifest incidentBegun() {
        return manifest(Instant.parse("2026-11-20T14:10:00Z"), State.DEGRADED_PERFORMANCE, State.OPERATIONAL, SCHEDULED, INVESTIGATING);
    }

    /** The incident's next update, states unchanged: exactly one new message per channel. */
    static Manifest incidentIdentified() {
        return manifest(Instant.parse("2026-11-20T14:25:00Z"), State.DEGRADED_PERFORMANCE, State.OPERATIONAL, SCHEDULED, INVESTIGATING,
                IDENTIFIED);
    }

    static Manifest beforeWindow() {
        return manifest(Instant.parse("2026-11-22T01:50:00Z"), State.OPERATIONAL, State.OPERATIONAL, SCHEDULED, INVESTIGATING, IDENTIFIED);
    }

    static Manifest windowStarted() {
        return manifest(WINDOW_START, State.OPERATIONAL, State.MAINTENANCE, SCHEDULED, INVESTIGATING, IDENTIFIED, IN_PROGRESS);
    }

    static PreviousManifest previous(Manifest m) {
        return PreviousManifest.found(m, "https://status.example.com/" + Manifest.PATH);
    }

    static Announcement investigating() {
        return new Announcement(INVESTIGATING.id(), EntryKind.INCIDENT, INCIDENT, "Slow and incomplete AI answers", INCIDENT_URL,
                "investigating", "Investigating", INVESTIGATING_AT, "2026-11-20 14:09 UTC",
                new Announcement.Body(INVESTIGATING_TEXT, "Users may see **slow responses** & missing citations. Next update by 14:25 UTC.",
                        "<p>Users may see <strong>slow responses</strong> &amp; missing citations. Next update by 14:25 UTC.</p>"),
                List.of(new Announcement.AffectedComponent("answers-api", "AI answers", State.OPERATIONAL, State.DEGRADED_PERFORMANCE)),
                State.DEGRADED_PERFORMANCE,
                new Announcement.Timeline("major", INVESTIGATING_AT, null, null, null, null, List.of()));
    }

    static Announcement identified() {
        List<Announcement.AffectedComponent> same = List.of(
                new Announcement.AffectedComponent("answers-api", "AI answers", State.DEGRADED_PERFORMANCE, State.DEGRADED_PERFORMANCE));
        return new Announcement(IDENTIFIED.id(), EntryKind.INCIDENT, INCIDENT, "Slow and incomplete AI answers", INCIDENT_URL,
                "identified", "Identified", IDENTIFIED_AT, "2026-11-20 14:24 UTC",
                new Announcement.Body(IDENTIFIED_TEXT, IDENTIFIED_TEXT, "<p>" + IDENTIFIED_TEXT + "</p>"), same, State.DEGRADED_PERFORMANCE,
                new Announcement.Timeline("major", INVESTIGATING_AT, null, null, null, null, List.of(new Announcement.EarlierUpdate(
                        INVESTIGATING.id(), "investigating", INVESTIGATING_TEXT, INVESTIGATING_AT,
                        List.of(new Announcement.AffectedComponent("answers-api", "AI answers", State.OPERATIONAL, State.DEGRADED_PERFORMANCE))))));
    }

    static Announcement windowStart() {
        String text = "The database upgrade has started. The web app is read-only until 03:00 UTC.";
        return new Announcement(IN_PROGRESS.id(), EntryKind.MAINTENANCE, WINDOW, "Database upgrade", WINDOW_URL, "in-progress",
                "In progress", WINDOW_START, "2026-11-22 02:00 UTC", new Announcement.Body(text, text, "<p>" + text + "</p>"),
                List.of(new Announcement.AffectedComponent("web", "Web app", State.OPERATIONAL, State.MAINTENANCE)), State.MAINTENANCE,
                new Announcement.Timeline("maintenance", SCHEDULED_AT, null, null, WINDOW_START, WINDOW_END,
                        List.of(new Announcement.EarlierUpdate(SCHEDULED.id(), "scheduled",
                                "We will upgrade the database on 22 November from 02:00 to 03:00 UTC.", SCHEDULED_AT,
                                List.of(new Announcement.AffectedComponent("web", "Web app", State.OPERATIONAL, State.OPERATIONAL))))));
    }

    static List<Announcement> all() {
        return List.of(investigating(), identified(), windowStart());
    }

    /** What herald notify drafts for the first update, one per audience, with internal sentinels. */
    static List<InternalDraft> drafts() {
        String id = INVESTIGATING.id();
        return List.of(
                new InternalDraft(id, Audience.EXEC, "[S1] Slow and incomplete AI answers: investigating, degraded performance\n"
                        + "Scope: EU customers on the Pro plan\nOwner: Dana (incident lead: SENTINEL-LEAD-91)\n"
                        + "Next checkpoint: 14:25 UTC (in 16m)\nStatus page: " + INCIDENT_URL),
                new InternalDraft(id, Audience.SUPPORT, "What users experience: slow answers\nSafe workaround: SENTINEL-WORKAROUND-7"),
                new InternalDraft(id, Audience.SALES, "Who is affected: EU Pro customers\nWhat to tell customers: SENTINEL-SALES-3"),
                new InternalDraft(id, Audience.ENG, "Progress: investigating\nRollback lever: SENTINEL-ROLLBACK-42"));
    }

    /** The notify: list as site.yaml holds it, parsed as the loader will: a plain tree from YAML. */
    static List<Channel> channels(String yaml) {
        try {
            Object tree = new ObjectMapper(new YAMLFactory()).readValue(yaml, Object.class);
            NotifyConfig.Parsed parsed = NotifyConfig.parse(tree, COMPONENT_IDS);
            if (!parsed.problems().isEmpty()) {
                throw new AssertionError("bad channels in the test: " + parsed.problems());
            }
            return parsed.channels();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Short times so that retries and timeouts take milliseconds; the behaviour is the same. */
    static SendSettings settings() {
        return new SendSettings(Duration.ofSeconds(5), 3, Duration.ofMillis(20), Duration.ofSeconds(5),
                d -> Thread.sleep(d.toMillis()), Clock.fixed(Instant.parse("2026-11-20T14:10:03Z"), ZoneOffset.UTC), "Herald/test");
    }
}
