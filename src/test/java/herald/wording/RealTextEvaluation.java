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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the issue-15 detectors over GitHub's real wording and writes what fires: the new
 * wording-internal (before/after against the current herald.lint.Wording), the announcements of
 * the next update (and, in the incident files, whether the next real update kept them), and the
 * current wording-eta and unfilled-placeholder findings that PastReport, UpdateAnnouncement and
 * MarkdownCode would drop. Not a test: a tool for review.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=herald.wording.RealTextEvaluation -Dexec.classpathScope=test</pre>
 *
 * Output: target/wording-evaluation/ (or the first argument).
 */
public final class RealTextEvaluation {
    private static final Duration GRACE = Duration.ofMinutes(2);
    private static final Pattern TIME_START = Pattern.compile("(?i)\\b(?:by|at|in|within|before|around|until|under|inside)\\s+(?=\\S)");

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
        eta(updates, out.resolve("eta-dropped.tsv"));
        placeholders(updates);
        Files.write(out.resolve("report.txt"), report, StandardCharsets.UTF_8);
    }

    private void internal(List<RealUpdate> updates, Path file, String name) throws IOException {
        int oldUpdates = 0;
        int oldFindings = 0;
        int newUpdates = 0;
        List<String> rows = new ArrayList<>();
        long nanos = 0;
        for (RealUpdate u : updates) {
            List<String> old = LegacyWording.internal(u.body(), u.closed());
            oldFindings += old.size();
            oldUpdates += old.isEmpty() ? 0 : 1;
            long t0 = System.nanoTime();
            List<Exposure> found = InternalExposure.find(u.body(), InternalVocabulary.NONE);
            nanos += System.nanoTime() - t0;
            newUpdates += found.isEmpty() ? 0 : 1;
            for (Exposure e : found) {
                rows.add(u.key() + "\t" + e.matched() + "\t" + e.source() + "\t" + e.what() + "\t" + context(u.body(), e.start(), e.end()));
            }
        }
        Files.write(file, rows, StandardCharsets.UTF_8);
        say(String.format(Locale.ROOT, "wording-internal on %s: before %d findings in %d updates (%.2f%%); after %d findings in %d updates (%.2f%%); %.1f ms for the new check",
                name, oldFindings, oldUpdates, 100.0 * oldUpdates / updates.size(), rows.size(), newUpdates, 100.0 * newUpdates / updates.size(), nanos / 1e6));
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

    /** Current wording-eta findings that a past report or an update announcement explains. */
    private void eta(List<RealUpdate> updates, Path file) throws IOException {
        int total = 0;
        List<String> rows = new ArrayList<>();
        for (RealUpdate u : updates) {
            for (String words : LegacyWording.eta(u.body(), u.closed())) {
                total++;
                int at = indexIgnoringSpace(u.body(), words);
                if (at < 0) {
                    continue;
                }
                int end = at + words.length();
                int from = sentenceStart(u.body(), at);
                String sentence = u.body().substring(from, sentenceEnd(u.body(), end));
                int time = lastTimeStart(sentence, at - from, end - from);
                String why = UpdateAnnouncement.covers(u.body(), at, end) ? "update announcement"
                        : time >= 0 && PastReport.covers(sentence, time) ? "past report" : null;
                if (why != null) {
                    rows.add(u.key() + "\t" + u.status() + "\t" + words + "\t" + why + "\t" + sentence.replaceAll("\\s+", " "));
                }
            }
        }
        Files.write(file, rows, StandardCharsets.UTF_8);
        say("wording-eta (current) on updates.jsonl: " + total + " findings; dropped by PastReport or UpdateAnnouncement: " + rows.size());
        rows.forEach(r -> say("  eta dropped: " + r));
    }

    private void placeholders(List<RealUpdate> updates) {
        int total = 0;
        int inCode = 0;
        for (RealUpdate u : updates) {
            List<String> hits = LegacyWording.placeholders(u.body());
            total += hits.size();
            if (!hits.isEmpty()) {
                List<String> masked = LegacyWording.placeholders(MarkdownCode.mask(u.body()));
                inCode += hits.size() - masked.size();
            }
        }
        say("unfilled-placeholder (current) on updates.jsonl: " + total + " findings; inside Markdown code: " + inCode);
    }

    private static int lastTimeStart(String sentence, int from, int to) {
        Matcher m = TIME_START.matcher(sentence).region(Math.max(0, from), Math.min(sentence.length(), to));
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    private static int indexIgnoringSpace(String text, String words) {
        int i = text.indexOf(words);
        if (i >= 0) {
            return i;
        }
        Matcher m = Pattern.compile(Pattern.quote(words).replace(" ", "\\E\\s+\\Q")).matcher(text);
        return m.find() ? m.start() : -1;
    }

    private static int sentenceStart(String text, int at) {
        int i = at;
        while (i > 0 && !(".!?\n".indexOf(text.charAt(i - 1)) >= 0 && (i == text.length() || Character.isWhitespace(text.charAt(i))))) {
            i--;
        }
        return i;
    }

    private static int sentenceEnd(String text, int end) {
        int i = end;
        while (i < text.length() && ".!?\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return Math.min(text.length(), i + 1);
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
