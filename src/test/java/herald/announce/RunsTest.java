package herald.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole runs: the second run after a publish, the first deploy, an unreadable live manifest, a dry run. */
class RunsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final StringWriter report = new StringWriter();

    private AnnounceOutcome announce(Receiver r, PreviousManifest previous, boolean dryRun) throws InterruptedException {
        return new Announcer(Env.of(Map.of("SLACK_URL", r.url("/s"))), Scenario.settings(), new PrintWriter(report))
                .announce(previous, Scenario.incidentBegun(), Scenario.all(), List.of(),
                        Scenario.channels("- {type: slack, urlEnv: SLACK_URL}"), dryRun);
    }

    @Test
    void aSecondRunAgainstTheManifestJustPublishedSendsNothing(@TempDir Path dir) throws Exception {
        try (Receiver slack = Receiver.answering()) {
            announce(slack, Scenario.previous(Scenario.quiet()), false);
            assertEquals(2, slack.requests().size());
            Path site = dir.resolve("site");
            Files.createDirectories(site.resolve("api/herald"));
            Files.write(site.resolve(Manifest.PATH), ManifestJson.write(Scenario.incidentBegun())); // what the build published

            AnnounceOutcome again = announce(slack, PreviousManifest.fromFolder(site), false);

            assertEquals(2, slack.requests().size());
            assertEquals(List.of(), again.deliveries());
            assertEquals(0, again.exitStatus());
            assertTrue(report.toString().endsWith("announce: nothing new since " + site.resolve(Manifest.PATH).toString().replace('\\', '/')
                    + ": nothing sent\n"), report.toString());
        }
    }

    @Test
    void aSecondRunAgainstTheLiveSitesUrlSendsNothing() throws Exception {
        String published = new String(ManifestJson.write(Scenario.incidentBegun()), StandardCharsets.UTF_8);
        try (Receiver live = Receiver.always(Receiver.Answer.of(200, published)); Receiver slack = Receiver.answering()) {
            PreviousManifest previous = PreviousManifest.fromUrl(URI.create(live.url("/")), TIMEOUT);
            assertEquals("/" + Manifest.PATH, live.requests().get(0).pathAndQuery());

            announce(slack, previous, false);

            assertEquals(0, slack.requests().size());
        }
    }

    @Test
    void theLiveManifestFetchedBeforeTheDeployIsKeptForTheRunAfterIt(@TempDir Path dir) throws Exception {
        String live = new String(ManifestJson.write(Scenario.quiet()), StandardCharsets.UTF_8);
        try (Receiver site = Receiver.always(Receiver.Answer.of(200, live)); Receiver gone = Receiver.always(Receiver.Answer.of(404, ""))) {
            PreviousManifest.fromUrl(URI.create(site.url("/")), TIMEOUT).saveTo(dir.resolve("live"));
            assertEquals(Optional.empty(), PreviousManifest.fromUrl(URI.create(gone.url("/")), TIMEOUT).saveTo(dir.resolve("none")));
        }

        assertEquals(Optional.of(Scenario.quiet()), PreviousManifest.fromFolder(dir.resolve("live")).manifest());
        assertEquals(Optional.empty(), PreviousManifest.fromFolder(dir.resolve("none")).manifest()); // still a first deploy
    }

    @Test
    void aFirstDeployWithNoPreviousFolderSendsNothingAndSaysSo(@TempDir Path dir) throws Exception {
        try (Receiver slack = Receiver.answering()) {
            AnnounceOutcome outcome = announce(slack, PreviousManifest.read("previous-site", dir, TIMEOUT), false);

            assertEquals(0, slack.requests().size());
            assertEquals(0, outcome.exitStatus());
            assertTrue(outcome.note().contains("a first deploy, so nothing is sent"), outcome.note());
            assertTrue(report.toString().startsWith("announce: no previous manifest (no previous site at "), report.toString());
        }
    }

    @Test
    void aFirstDeployWhoseLiveSiteAnswers404SendsNothingAndSaysSo() throws Exception {
        try (Receiver live = Receiver.always(Receiver.Answer.of(404, "Not Found")); Receiver slack = Receiver.answering()) {
            PreviousManifest previous = PreviousManifest.read(live.url("/status/"), Path.of("."), TIMEOUT);
            AnnounceOutcome outcome = announce(slack, previous, false);

            assertEquals("/status/" + Manifest.PATH, live.requests().get(0).pathAndQuery());
            assertEquals(0, slack.requests().size());
            assertEquals("announce: no previous manifest (the live site has no api/herald/manifest.json (HTTP 404), "
                    + live.url("/status/" + Manifest.PATH) + "): a first deploy, so nothing is sent; the next run compares with"
                    + " this site's api/herald/manifest.json\n", report.toString());
            assertEquals(0, outcome.exitStatus());
        }
    }

    @Test
    void aLiveSiteThatFailsIsAClearErrorNotAFirstDeploy() throws Exception {
        try (Receiver live = Receiver.always(Receiver.Answer.of(503, "busy"))) {
            AnnounceException e = assertThrows(AnnounceException.class, () -> PreviousManifest.fromUrl(URI.create(live.url("/")), TIMEOUT));
            assertEquals(live.url("/" + Manifest.PATH) + ": HTTP 503 while fetching the previous manifest; nothing was announced"
                    + " (a missing manifest must answer 404, the first deploy)", e.getMessage());
        }
    }

    @Test
    void aLiveSiteAnsweringAPageForTheManifestIsAClearError() throws Exception {
        try (Receiver live = Receiver.always(Receiver.Answer.of(200, "<!DOCTYPE html><html>Not here</html>"))) {
            AnnounceException e = assertThrows(AnnounceException.class, () -> PreviousManifest.fromUrl(URI.create(live.url("/")), TIMEOUT));
            assertTrue(e.getMessage().startsWith(live.url("/" + Manifest.PATH) + ": not JSON, so not a Herald manifest"), e.getMessage());
            assertTrue(e.getMessage().endsWith("deploy once with announcing, then the manifest is there"), e.getMessage());
        }
    }

    @Test
    void aNewUpdateWithoutItsAnnouncementIsAWiringErrorBeforeAnythingIsSent() throws Exception {
        try (Receiver slack = Receiver.answering()) {
            Announcer announcer = new Announcer(Env.of(Map.of("SLACK_URL", slack.url("/s"))), Scenario.settings(), new PrintWriter(report));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> announcer.announce(
                    Scenario.previous(Scenario.quiet()), Scenario.incidentBegun(), List.of(), List.of(),
                    Scenario.channels("- {type: slack, urlEnv: SLACK_URL}"), false));
            assertEquals("no announcement for the new update " + Scenario.INVESTIGATING.id() + " of 2026-11-20-slow-answers", e.getMessage());
            assertEquals(0, slack.requests().size());
        }
    }

    @Test
    void aDryRunSendsNothingAndPrintsEveryMessage() throws Exception {
        try (Receiver slack = Receiver.answering()) {
            AnnounceOutcome outcome = announce(slack, Scenario.previous(Scenario.quiet()), true);

            assertEquals(0, slack.requests().size());
            assertEquals(0, outcome.exitStatus());
            String out = report.toString();
            assertTrue(out.startsWith("announce: 1 new update, 2 state changes since https://status.example.com/api/herald/manifest.json"
                    + " (dry run: nothing is sent)\n--- notify[0] slack · 2026-11-20-slow-answers investigating\nPOST $SLACK_URL\n"
                    + "Idempotency-Key: \"" + Scenario.INVESTIGATING.id() + "\"\n{\"text\":\"[Investigating] Slow and incomplete AI answers"), out);
            assertTrue(out.contains("\n--- notify[0] slack · state page operational>degraded-performance, answers-api operational>degraded-performance\n"), out);
            assertTrue(out.endsWith("announce: 2 printed, 0 delivered, 0 failed\n"), out);
        }
    }
}
