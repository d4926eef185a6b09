package herald.wording;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the issue-15 detectors over GitHub's real wording and writes what fires: wording-internal
 * (built-in readings: GitHub has no internal: block and no policy terms) and the announcements of
 * the next update (and, in the incident files, whether the next real update kept them). Not a
 * test: a tool for review. (The lint's own findings on the same text are RealWordingTest's golden
 * list; before issue 15 wording-internal fired 73 times in 54 of the 3,233 updates.)
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=herald.wording.RealTextEvaluation -Dexec.classpathScope=test</pre>
 *
 * Output: target/wording-evaluation/ (or the first argument).
 */
public final class RealTextEvaluation {
    private static final Duration GRACE = Duration.ofMinutes(2);

    private final List<String> report = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/wording-evaluation");
        Files.createDirectories(out);
        new RealTextEvaluation().run(out);
    }

    private void run(Path out) throws IOException {
        List<RealUpdate> updates = RealUpdate.fromJsonLines(RealUpdate.UPDATES);
        say("GitHub updates (updates.jsonl): " + updates.size());
        internal(updates, out.resolve("internal-updates.tsv"), "updates.jsonl");
        Path dir = RealUpdate.incidentsDir();
        List<List<RealUpdate>> incidents = dir == null ? List.of() : RealUpdate.fromIncidentFiles(dir);
        List<RealUpdate> flat = incidents.stream().flatMap(List::stream).toList();
        if (dir != null) {
            say("GitHub incident files: " + incidents.size() + " incidents, " + flat.size() + " updates (" + dir + ")");
            internal(flat, out.resolve("internal-incidents.tsv"), "incident files");
        } else {
            say("incident files not found beside the repository: skipped");
        }
        promises(updates, incidents, out.resolve("promises.tsv"));
        Files.write(out.resolve("report.txt"), report, StandardCharsets.UTF_8);
    }

    private void internal(List<RealUpdate> updates, Path file, String name) throws IOException {
        int newUpdates = 0;
        List<String> rows = new ArrayList<>();
        long nanos = 0;
        for (RealUpdate u : updates) {
            long t0 = System.nanoTime();
            List<Exposure> found = InternalExposure.find(u.body(), InternalVocabulary.NONE);
            nanos += System.nanoTime() - t0;
            newUpdates += found.isEmpty() ? 0 : 1;
            for (Exposure e : found) {
                rows.add(u.key() + "\t" + e.matched() + "\t" + e.source() + "\t" + e.what() + "\t" + context(u.body(), e.start(), e.end()));
            }
        }
        Files.write(file, rows, StandardCharsets.UTF_8);
        say(String.format(Locale.ROOT, "wording-internal on %s: %d findings in %d updates (%.2f%%); %.1f ms",
                name, rows.size(), newUpdates, 100.0 * newUpdates / updates.size(), nanos / 1e6));
        rows.forEach(r -> say("  fires: " + r));
    }

    private void promises(List<RealUpdate> updates, List<List<RealUpdate>> incidents, Path file) throws IOException {
        int announced = 0;
        int resolved = 0;
        for (RealUpdate u : updates) {
            announced += CheckpointPromises.announcements(u.body()).size();
            resolved += CheckpointPromises.find(u.body(), u.at(), ZoneOffset.UTC).size();
        }
        say("announcements of the next update in updates.jsonl: " + announced + ", resolved to an instant: " + resolved);
        List<String> rows = new ArrayList<>();
        int kept = 0;
        int late = 0;
        int early = 0;
        int last = 0;
        for (List<RealUpdate> incident : incidents) {
            for (int i = 0; i < incident.size(); i++) {
                RealUpdate u = incident.get(i);
                for (Promise p : CheckpointPromises.find(u.body(), u.at(), ZoneOffset.UTC)) {
                    String verdict;
                    String actual = "-";
                    if (i + 1 == incident.size()) {
                        last++;
                        verdict = "no later update";
                    } else {
                        RealUpdate next = incident.get(i + 1);
                        actual = next.at().toInstant().toString();
                        Duration off = Duration.between(p.promisedTime(), next.at().toInstant());
                        if (off.abs().compareTo(GRACE) <= 0) {
                            kept++;
                            verdict = "kept";
                        } else if (off.isNegative()) {
                            early++;
                            verdict = "early by " + off.abs().toMinutes() + "m";
                        } else {
                            late++;
                            verdict = "late by " + off.toMinutes() + "m";
                        }
                    }
                    rows.add(u.key() + "\t" + p.quoted() + "\t" + p.promisedTime() + "\t" + p.reading() + "\t" + actual + "\t" + verdict);
                }
            }
        }
        Files.write(file, rows, StandardCharsets.UTF_8);
        say("promises in the incident files: " + rows.size() + "; the next real update came within " + GRACE.toMinutes() + "m of it: " + kept
                + ", earlier: " + early + ", later: " + late + ", none followed: " + last);
        rows.forEach(r -> say("  promise: " + r));
    }

    private static String context(String body, int start, int end) {
        return ("…" + body.substring(Math.max(0, start - 70), start) + "[" + body.substring(start, end) + "]"
                + body.substring(end, Math.min(body.length(), end + 70)) + "…").replaceAll("\\s+", " ");
    }

    private void say(String line) {
        report.add(line);
        System.out.println(line);
    }
}
