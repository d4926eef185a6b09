package herald.wording;

import java.util.List;
import java.util.Random;

/**
 * Generated public text for the differential tests of the wording scanners (seeded, so a
 * failure names the seed that replays it): the words and marks the
 * detectors look for (leads and times of announcements, promise and clock words, telemetry words,
 * placeholders, Markdown), their near-misses, in every case, glued by spaces, punctuation, line
 * breaks and non-ASCII letters, so word starts, boundaries and case folding are all exercised.
 */
public final class WordingTexts {
    private WordingTexts() {
    }

    private static final List<String> WORDS = List.of(
            "next", "Next", "NEXT", "update", "Update", "updates", "checkpoint", "Checkpoint", "status", "public",
            "progress", "we", "We", "we'll", "We’ll", "I", "will", "shall", "should", "are going to", "plan to",
            "provide", "post", "share", "another", "an", "a", "further", "additional", "more", "detailed", "brief",
            "full", "short", "quick", "new", "I'll", "checkpoints", "a further update at 16:00", "new update in 20 minutes",
            "the", "our", "at", "by", "in", "within", "after", "every", "around", "before", "on", "until",
            "14:55", "2:55pm", "09:00", "23:59", "7 am", "30", "15", "20-30", "half an", "minutes", "minute", "min",
            "mins", "m", "hour", "hours", "hr", "h", "days", "UTC", "CET", "GMT+1", "Europe/Berlin", "(PST)", "Z",
            "noon", "midnight", "tomorrow", "today", "tonight", "Monday", "28 Nov", "Nov 28th", "2026-11-28",
            "ETA", "eta", "E.T.A.", "estimated", "expected", "expect", "aim", "hope", "target", "likely", "back",
            "fixed", "resolved", "restored", "up and running", "on track", "end of day", "EOD", "COB",
            "delta", "deltaS", "ΔS", "λ", "lambda", "divergent", "coverage", "0.87", "95%", "p95", "p99", "percentile",
            "cpu", "CPU", "memory", "heap", "disk", "iops", "RAM", "queue", "depth", "12 GB", "usage",
            "{{next}}", "{{", "}}", "<component>", "<b>", "</p>", "<…>", "TODO", "TBD", "XXX", "hh:mm", "HH",
            "shard-7", "Shard-7", "INC-4411", "dos_cloud", "dos_cloudy", "Zürich", "São", "naïve", "ſ", "K", "\u212A", "İ", "ı", "ÉCLAIR", "éclair",
            "`code`", "```", "**", "__", "[link](https://example.com/x)", "https://status.example.com", "www.example.com",
            "x", "y1", "_", "9");
    /** Whole phrases and halves of them, so that generated text holds real matches and near-misses. */
    private static final List<String> PHRASES = List.of(
            "Next update at 14:55 UTC", "next checkpoint 15:10", "Next update: 16:00 CET", "The next update will be 15:00",
            "We'll provide another update within 30 minutes", "we will update you by 16:00", "an update tomorrow at 09:00",
            // every lead word of AnnouncementSearch at least once, so dropping one from it shows
            "I will update you at 15:00", "a more detailed update in 30 minutes", "an additional update within the hour",
            "a brief progress update at 14:55", "our next public update at 16:00", "full update by 16:00", "short update at 09:00",
            "quick update in 20 minutes", "status update at 11:00",
            "We will post a further update in an hour", "Our next status update", "further updates", "the next update",
            "Next update", "next update", "another update", "an update", "update", "checkpoint", "at 14:55", "by 2:55pm ET",
            "in 30 minutes", "within the next hour", "every 20 minutes", "on 28 Nov at 09:00 UTC", "after the fix has been deployed,",
            "We expect this to be fixed by 15:00", "should be resolved within 2 hours", "ETA 1h", "ETA for the next update",
            "We do not have an ETA", "back to normal at 13:30 UTC", "will take about 3 hours", "expected downtime: 10 minutes",
            "CPU at 97%", "memory usage reached 14.2 GB", "p95 latency doubled", "queue depth of 40000", "coverage 0.91",
            "lambda divergent", "AWS Lambda", "ΔS 0.4", "delta S", "95% of requests fail", "{{next_update}}", "<component>",
            "hh:mm", "TODO", "`<project>.admin`", "shard-7.acme.internal", "INC-4411", "dos_cloud");
    private static final List<String> GLUE = List.of(" ", " ", " ", "  ", "\n", "\n\n", "\n- ", ", ", ". ", "! ", "? ",
            ": ", "; ", "-", "–", "_", "/", "’", "'", "\"", "(", ")", "é", "Δ", "\t", "");

    /** Letters, digits and marks the scanners treat specially, for the random "words". */
    private static final String CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:.%<>{}_'’äéüãΔλſıİ\u212A\u0301 \n";

    /** Generated text number {@code seed}: up to {@code maxWords} words, phrases or random strings, each with its glue. */
    public static String text(long seed, int maxWords) {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int n = random.nextInt(maxWords + 1); n > 0; n--) {
            int pick = random.nextInt(12);
            if (pick < 8) {
                b.append(WORDS.get(random.nextInt(WORDS.size())));
            } else if (pick < 11) {
                b.append(PHRASES.get(random.nextInt(PHRASES.size())));
            } else {
                for (int k = 1 + random.nextInt(8); k > 0; k--) {
                    b.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x3000) : CHARS.charAt(random.nextInt(CHARS.length())));
                }
            }
            b.append(GLUE.get(random.nextInt(GLUE.size())));
        }
        return b.toString();
    }
}
