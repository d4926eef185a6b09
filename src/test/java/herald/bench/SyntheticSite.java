package herald.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic history (seeded): N incidents over several years, 12 components in 3
 * groups, a realistic S1-S4 mix, 2-8 updates each that follow the default policy, 40-120-word
 * Markdown bodies, a few unresolved incidents and maintenance windows, titles with quotes,
 * backslashes and non-ASCII. Its output lints with no errors at {@link #NOW}.
 *
 * <p>Run: {@code java -cp target/test-classes herald.bench.SyntheticSite DIR N [SEED]}.
 */
public final class SyntheticSite {
    public static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final String[][] COMPONENTS = {
        {"answers-api", "AI answers", "Product"}, {"citations", "Citations", "Product"}, {"search", "Search", "Product"},
        {"web-app", "Web app", "Product"}, {"public-api", "Public API", "Platform"}, {"sign-in", "Sign-in", "Platform"},
        {"webhooks", "Webhooks", "Platform"}, {"billing", "Billing", "Platform"}, {"region-eu", "EU region", "Regions"},
        {"region-us", "US region", "Regions"}, {"region-ap", "Asia-Pacific region", "Regions"}, {"region-sa", "São Paulo region", "Regions"},
    };
    private static final String[] SUBJECTS = {"AI answers", "Search", "Sign-in", "Webhooks", "The \"Export\" button",
        "Citations", "Invoices", "Uploads to C:\\Shared", "Zürich workspaces", "Les réponses", "API keys", "Dashboards"};
    private static final String[] PROBLEMS = {"slow", "failing for some users", "unavailable in one region",
        "returning errors", "delayed", "showing stale data", "intermittently timing out"};
    private static final String[] WORDS = ("we are looking into reports that requests take longer than usual for some "
            + "workspaces while the team checks recent changes and moves traffic to healthy servers so that answers "
            + "search results and exports keep working as expected for everyone including customers in Zürich and "
            + "São Paulo who may notice short pauses when loading pages or sending messages during this time").split(" ");

    private SyntheticSite() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        generate(dir, n, seed);
    }

    /** Writes content/ for n incidents under dir. */
    public static void generate(Path dir, int n, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("incidents"));
        Files.createDirectories(content.resolve("maintenance"));
        writeSite(content.resolve("site.yaml"));
        // Spread over roughly 7 years, newest a few hours before NOW; ids stay unique with a sequence number.
        Duration span = Duration.ofDays(Math.max(30, Math.min(2555, n / 2)));
        for (int i = 0; i < n; i++) {
            boolean unresolved = i >= n - Math.max(1, n / 2000);
            Instant triggered = unresolved
                    ? NOW.minus(Duration.ofMinutes(50))
                    : NOW.minus(Duration.ofHours(6)).minus(Duration.ofMinutes((long) (span.toMinutes() * (1.0 - (double) i / n))));
            writeIncident(content.resolve("incidents"), i, triggered, unresolved, random);
        }
        int windows = Math.max(2, n / 50);
        for (int i = 0; i < windows; i++) {
            boolean upcoming = i >= windows - 2;
            Instant start = upcoming
                    ? NOW.plus(Duration.ofDays(3 + i % 5))
                    : NOW.minus(Duration.ofDays(2)).minus(Duration.ofMinutes((long) (span.toMinutes() * (1.0 - (double) i / windows))));
            writeMaintenance(content.resolve("maintenance"), i, start.truncatedTo(java.time.temporal.ChronoUnit.MINUTES), upcoming);
        }
    }

    private static void writeSite(Path file) throws IOException {
        StringBuilder sb = new StringBuilder("title: Synthetic Status\nbaseUrl: https://status.synthetic.example/\ntimezone: Europe/Berlin\ncomponents:\n");
        for (String[] c : COMPONENTS) {
            sb.append("  - id: ").append(c[0]).append("\n    name: ").append(c[1]).append("\n    group: ").append(c[2]).append('\n');
        }
        // imported history: written by this generator, not published through git (see the README)
        sb.append("policy:\n  publishCheckFrom: ").append(NOW).append('\n');
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    private static String severity(SplittableRandom r) {
        int x = r.nextInt(100);
        return x < 5 ? "S1" : x < 30 ? "S2" : x < 75 ? "S3" : "S4";
    }

    private static void writeIncident(Path dir, int i, Instant triggeredAt, boolean unresolved, SplittableRandom r) throws IOException {
        OffsetDateTime triggered = triggeredAt.atOffset(ZoneOffset.UTC).withSecond(0).withNano(0);
        String id = String.format(Locale.ROOT, "%s-incident-%05d", triggered.toLocalDate(), i);
        String sev = severity(r);
        List<String> comps = new ArrayList<>();
        int count = 1 + r.nextInt(3);
        while (comps.size() < count) {
            String c = COMPONENTS[r.nextInt(COMPONENTS.length)][0];
            if (!comps.contains(c)) {
                comps.add(c);
            }
        }
        String subject = SUBJECTS[r.nextInt(SUBJECTS.length)];
        String title = subject + " " + PROBLEMS[r.nextInt(PROBLEMS.length)];
        int updates = unresolved ? 2 : 2 + r.nextInt(7);
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(quote(title)).append('\n');
        sb.append("severity: ").append(sev).append('\n');
        sb.append("components: [").append(String.join(", ", comps)).append("]\n");
        sb.append("triggered: ").append(ISO.format(triggered)).append('\n');
        if (!sev.equals("S4")) {
            sb.append("banner: ").append(quote(subject + " may not work as usual right now. We are restoring normal service.")).append('\n');
        }
        if (!unresolved) {
            sb.append("cause: ").append(quote("A faulty change to " + subject.toLowerCase(Locale.ROOT) + " was rolled back.")).append('\n');
            if (!sev.equals("S4")) {
                sb.append("postmortem: https://tracker.synthetic.example/PM-").append(i).append('\n');
            }
        }
        sb.append("updates:\n");
        OffsetDateTime at = triggered.plusMinutes(3 + r.nextInt(7));
        String[] flow = {"investigating", "identified", "monitoring"};
        for (int u = 0; u < updates; u++) {
            boolean last = u == updates - 1;
            String status;
            if (last && !unresolved) {
                status = "resolved";
            } else {
                status = flow[Math.min(flow.length - 1, u * flow.length / Math.max(1, updates - 1))];
            }
            boolean stable = status.equals("monitoring");
            int step = stable ? 25 : 15;
            OffsetDateTime next = at.plusMinutes(step);
            sb.append("  - at: ").append(ISO.format(at)).append('\n');
            sb.append("    status: ").append(status).append('\n');
            sb.append("    owner: Comms lead\n");
            sb.append("    scope: ").append(quote(String.join(", ", comps))).append('\n');
            sb.append("    effect: ").append(quote(status.equals("resolved") ? "None" : subject + " is " + PROBLEMS[r.nextInt(PROBLEMS.length)])).append('\n');
            if (!status.equals("resolved")) {
                sb.append("    next: ").append(ISO.format(next)).append('\n');
            }
            sb.append("    body: |\n");
            for (String line : body(r, status, next)) {
                sb.append("      ").append(line).append('\n');
            }
            at = next.minusMinutes(r.nextInt(5));
        }
        sb.append("internal:\n  ticket: INC-").append(i).append("\n  signals: {deltaS_p95: 0.").append(r.nextInt(90) + 10).append("}\n");
        if (sev.equals("S1") || sev.equals("S2")) {
            sb.append("  roles: {incidentLead: Ana, commsLead: Ben, supportLead: Caro, sreOnCall: Dev}\n");
        }
        sb.append("---\n");
        if (!unresolved) {
            sb.append("**Summary.** ").append(String.join(" ", words(r, 30))).append(".\n");
        }
        Files.writeString(dir.resolve(id + ".md"), sb.toString(), StandardCharsets.UTF_8);
    }

    private static List<String> body(SplittableRandom r, String status, OffsetDateTime next) {
        List<String> lines = new ArrayList<>();
        List<String> w = words(r, 40 + r.nextInt(81));
        StringBuilder line = new StringBuilder(status.equals("resolved") ? "This incident is resolved." : "We are working on it.");
        for (String word : w) {
            if (line.length() + word.length() > 76) {
                lines.add(line.toString());
                line = new StringBuilder();
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        line.append('.');
        lines.add(line.toString());
        if (r.nextInt(4) == 0) {
            lines.add("");
            lines.add("- Workaround: reload the page");
            lines.add("- Exports are **not** affected");
        }
        if (!status.equals("resolved")) {
            lines.add("");
            lines.add("Next update at " + DateTimeFormatter.ofPattern("HH:mm").format(next) + " UTC.");
        }
        return lines;
    }

    private static List<String> words(SplittableRandom r, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(WORDS[r.nextInt(WORDS.length)]);
        }
        return out;
    }

    private static void writeMaintenance(Path dir, int i, Instant startAt, boolean upcoming) throws IOException {
        OffsetDateTime start = startAt.atOffset(ZoneOffset.UTC);
        OffsetDateTime end = start.plusHours(1);
        String id = String.format(Locale.ROOT, "%s-maintenance-%04d", start.toLocalDate(), i);
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: \"Database upgrade \\\"").append(i).append("\\\"\"\n");
        sb.append("components: [answers-api, public-api]\n");
        sb.append("scheduled: {start: ").append(ISO.format(start)).append(", end: ").append(ISO.format(end)).append("}\n");
        sb.append("banner: Planned maintenance. Answers may be briefly unavailable.\n");
        sb.append("updates:\n");
        OffsetDateTime announced = start.minusDays(2);
        if (announced.toInstant().isAfter(NOW)) {
            announced = NOW.minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC);
        }
        sb.append("  - {at: ").append(ISO.format(announced)).append(", status: scheduled, owner: SRE, scope: all regions, effect: brief unavailability, body: \"We will upgrade our database.\"}\n");
        if (!upcoming) {
            sb.append("  - {at: ").append(ISO.format(start)).append(", status: in-progress, owner: SRE, scope: all regions, effect: brief unavailability, body: \"The upgrade has started.\"}\n");
            sb.append("  - {at: ").append(ISO.format(start.plusMinutes(40))).append(", status: completed, owner: SRE, scope: all regions, effect: none, body: \"The upgrade is complete.\"}\n");
        }
        sb.append("---\n");
        Files.writeString(dir.resolve(id + ".md"), sb.toString(), StandardCharsets.UTF_8);
    }

    /** A YAML double-quoted string: escapes quotes and backslashes. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
