package herald.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in half of wording-internal: internal gates and telemetry readings in public text.
 * ΔS and λ are internal gates by name ("lambda" only as a reading: "lambda divergent", not "AWS
 * Lambda"); coverage, percentiles and CPU / memory / disk / heap / queue-depth count only as
 * readings (a figure, a comparison, a unit), so "memory leak", "disk space issue" or "test
 * coverage" stay quiet. The share of affected requests or users ("35% of requests fail") is user
 * effect and is never matched. One cheap pass ({@link ExposureScan}, shared with the
 * vocabulary's terms) decides which patterns can match at all.
 */
final class TelemetryReadings {
    private TelemetryReadings() {
    }

    private static final int DELTA = 1;
    private static final int LAMBDA = 1 << 1;
    private static final int COVERAGE = 1 << 2;
    private static final int PERCENTILE = 1 << 3;
    private static final int HARDWARE = 1 << 4;
    private static final int QUEUE = 1 << 5;
    static final int DIGIT = 1 << 6;

    private static final String NUM = "(?<![\\d.,])\\d+(?:[.,]\\d+)*";
    private static final String PCT = NUM + "\\s?(?:%|percent\\b|per\\s?cent\\b)";
    private static final String SIZE = NUM + "\\s?(?:[KMGTP]i?B|[kmgtp]b|bytes?)\\b";
    /** Within one clause: no sentence break (a decimal point passes), no figure. */
    private static String window(int max) {
        return "(?:[^.;!?\\n\\d%]|\\.(?=\\d)){0," + max + "}?";
    }
    /** A number that is not a clock time, a date or a duration ("at 14:05 UTC", "over 2 hours"). */
    private static final String PLAIN_NUM = NUM + "(?![:.,]?\\d|\\s?(?:UTC|GMT|[AaPp]\\.?[Mm]\\b|(?i:min|minutes?|hours?|hrs?|seconds?|secs?|days?)\\b))";
    private static final String COMPARED = "(?:\\b(?:at|above|over|below|under|reached|reaching|hit|hitting|exceeded|exceeding|exceeds|peaked\\s+at|near)\\s+|[<>=:≥≤]\\s*)";
    /** "processor" is left out: a payment processor is a company, not a CPU. */
    private static final String HARDWARE_WORD = "(?:(?i:\\bcpus?\\b|\\bmemory\\b|\\bheap\\b|\\bdisks?\\b|\\biops\\b"
            // storage as a measured use ("reached 100% storage utilization"), not a product ("storage buckets"),
            // a share of it ("impacted 6% of our storage capacity") or the quota customers see ("your storage usage")
            + "|\\bstorage(?=\\s+utili[sz]ation\\b))|\\bRAM\\b)";
    /** A size is a reading only when something says it is measured: "32 GB of RAM" is a machine type. */
    private static final String READING_WORD = "(?i:\\b(?:usage|utili[sz]ation|consumption|pressure|footprint|in\\s+use|used|free|left|grew|rose|reached|hit|peaked|spiked|exceeded|climbed|jumped|at|above|over|below|under)\\b)";
    private static final Pattern SHARE = Pattern.compile(
            "(?i)^\\s+of\\s+(?!(?:the\\s+|its\\s+|their\\s+)?(?:capacity|limits?|quotas?|max|maximum|available|allocated|provisioned|total|headroom|target|goal|threshold|baseline)\\b)");

    private record Detector(int needs, Pattern pattern, String what) {
    }

    private static final List<Detector> DETECTORS = List.of(
            new Detector(DELTA, Pattern.compile("Δ\\s?S(?!\\p{L})|\\b(?:[Dd]elta|DELTA)[ _-]?S(?![A-Za-z0-9])"),
                    "the internal quality gate ΔS (delta S)"),
            new Detector(LAMBDA, Pattern.compile("λ(?:[ _:=-]*(?:divergent|convergent|recursive|chaotic|" + NUM + "))?"
                    + "|(?i:\\blambda(?:[ _-]?(?:observe|state|signal))?(?:\\s*[:=]\\s*|\\s+(?:(?:is|was|went|turned|stayed|became|becomes|remains|remained|now|reads?|still|at)\\s+){1,2}|\\s+)"
                    + "(?:divergent|diverging|diverged|convergent|converging|recursive|chaotic|" + PLAIN_NUM + ")(?!\\w)"
                    + "|\\b(?:divergent|convergent|chaotic|recursive)\\s+lambda\\b)"),
                    "the internal signal λ (lambda)"),
            new Detector(COVERAGE | DIGIT, Pattern.compile("(?i:\\bcoverage\\b" + window(30) + "(?:[<>~≈]\\s*)?(?:" + PCT + "|(?<![\\d.])0?\\.\\d+|\\b1\\.0+\\b)"
                    + "|(?:" + PCT + "|(?<![\\d.])0?\\.\\d+)\\s+(?:[\\w-]+\\s+){0,2}?coverage\\b)"),
                    "the internal coverage gate as a figure"),
            new Detector(PERCENTILE, Pattern.compile("(?i:\\bp(?:50|75|90|95|99|99\\.9|999)\\b|\\b(?:50|75|90|95|99|99\\.9)(?:th|st)?[ -]percentile\\b)"),
                    "a latency percentile figure"),
            new Detector(HARDWARE | DIGIT, Pattern.compile(
                    // "CPU at 97%", "disk usage hit 93%", "CPU above 90", "memory usage reached 14.2 GB", "heap is above 7 GiB"
                    HARDWARE_WORD + window(40) + "(?:" + COMPARED + "?(?:[<>~≈≥≤]\\s*)?" + PCT
                    + "|" + READING_WORD + window(25) + "(?:[<>~≈≥≤]\\s*)?" + SIZE + "|" + COMPARED + PLAIN_NUM + "(?!\\s?(?:[KMGTPkmgtp]i?[Bb]|bytes?)\\b))"
                    // "95% CPU", "90% disk usage", "using 12 GB of memory", "12GB of heap in use"
                    + "|" + PCT + "\\s+(?:of\\s+)?(?:[\\w-]+\\s+)??" + HARDWARE_WORD
                    + "|(?i:\\b(?:using|used|uses|consum\\w*|reached|hit|at)\\s+)" + SIZE + "\\s+(?:of\\s+)?(?:[\\w-]+\\s+)??" + HARDWARE_WORD
                    + "|" + SIZE + "\\s+(?:of\\s+)?" + HARDWARE_WORD + "(?i:\\s+(?:in\\s+use|used|consumed))"),
                    "a CPU, memory, disk or heap reading"),
            new Detector(QUEUE | DIGIT, Pattern.compile("(?i:\\bqueue(?:\\s+(?:depth|length|size|lag|backlog)|[-_](?:depth|length|lag|backlog))s?\\b|\\b(?:depth|length|size)\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?queues?\\b)"
                    + window(40) + PLAIN_NUM + "(?:\\s?(?:[kKmM]\\b|thousand\\b|million\\b))?(?!\\s*(?i:errors?|responses?|codes?|status)\\b)"),
                    "a queue-depth reading"));

    private static final Pattern ENDS_IN_PERCENT = Pattern.compile("(?i)(?:%|percent|per\\s?cent)$");
    private static final Pattern NETWORK_COVERAGE = Pattern.compile(
            "(?i)\\b(?:mobile|network|signal|cell(?:ular)?|[345]g|lte|radio|broadband|wi-?fi|phone|voice|geographic)\\s+(?:[\\w-]+\\s+)?$");
    private static final Pattern PLACES = Pattern.compile(
            "(?i)\\s+of\\s+(?:our\\s+|the\\s+|its\\s+)?(?:affected\\s+)?(?:sites|areas|towns|cities|regions|premises|homes|postcodes|population|country|masts|cells)\\b");
    private static final Pattern STORAGE = Pattern.compile("(?i)\\bstorage\\b");
    private static final Pattern CUSTOMERS_STORAGE = Pattern.compile("(?i)\\b(?:your|their|customers?['’]?|accounts?|plans?|quotas?|workspaces?|mailboxes|projects?|organi[sz]ations?|tenants?|repositories)\\s+(?:\\S+\\s+){0,3}$");
    private static final Pattern AWS_PRODUCT = Pattern.compile("(?i)\\b(?:aws|amazon)\\s+$");
    /** A measured figure's number, and its units: "4200ms", "2.3 seconds", "20 percent", "3x". */
    private static final String FIGURE_NUMBER = "(?<![\\d.])\\d+(?:\\.\\d+)?\\s?";
    private static final String FIGURE_UNITS = "ms|s|secs?|seconds?|%|x|percent|per\\s?cent";
    /**
     * A percentile counts with its figure (the spec's "p50 / p90 / p95 / p99 figures"): a measured
     * value or a multiple right after it or just before it ("p99 at 4200ms", "p95 latency was 2.3
     * seconds", "p95 doubled", "p95 is back under 0.2"). Named alone it is jargon, not a reading ("a
     * brief p99 latency increase", "the P90 cluster"), and a figure elsewhere in the sentence is not
     * its value ("1.1% error rates and increased 99th percentile latency"). Minutes count only
     * before it: after it they are mostly a duration ("increased for 5 minutes").
     */
    private static final Pattern PERCENTILE_FIGURE = Pattern.compile(
            "^(?:[^.;!?\\n\\d]|\\.(?=\\d)){0,40}?(?:Δ|(?i:doubl|tripl|quadrupl|delta|" + FIGURE_NUMBER + "(?:" + FIGURE_UNITS + ")(?!\\w)"
            + "|\\b(?:at|above|over|below|under|reached|hit|of|is|was)\\s+[<>~]?\\s*(?<![\\d.])\\d*\\.\\d+(?![:\\d])|[=:]\\s*\\d))");
    /** Or just before it, in the same clause: "delayed by as much as 62 minutes at the 99th percentile", "4200ms p99". */
    private static final Pattern FIGURE_BEFORE = Pattern.compile(
            "(?i)" + FIGURE_NUMBER + "(?:" + FIGURE_UNITS + "|minutes?)(?!\\w)[^.;!?\\n\\d]{0,20}$");

    /** {@code signals}: the text's {@link #DIGIT}, {@link #DELTA}, … bits, from {@link ExposureScan}. */
    static List<Exposure> find(String text, int signals) {
        if ((signals & ~DIGIT) == 0) {
            return List.of();
        }
        List<Exposure> out = new ArrayList<>();
        for (Detector d : DETECTORS) {
            if ((signals & d.needs()) != d.needs()) {
                continue;
            }
            Matcher m = d.pattern().matcher(text);
            while (m.find()) {
                if (excused(d, text, m)) {
                    continue;
                }
                out.add(new Exposure(m.start(), m.end(), m.group(), Exposure.BUILT_IN, d.what()));
            }
        }
        return out;
    }

    private static boolean excused(Detector d, String text, Matcher m) {
        if (d.needs() == LAMBDA) {
            return AWS_PRODUCT.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find();
        }
        if (d.needs() == PERCENTILE) {
            return !PERCENTILE_FIGURE.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60))).find()
                    && !FIGURE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find();
        }
        if (d.needs() == (COVERAGE | DIGIT)) {
            // a network's coverage, in percent, is what users get ("mobile coverage is back to 98% of our sites"), not the gate
            return ENDS_IN_PERCENT.matcher(m.group()).find()
                    && (NETWORK_COVERAGE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()
                    || PLACES.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).lookingAt());
        }
        if (d.needs() == (HARDWARE | DIGIT) && STORAGE.matcher(m.group()).find()
                && CUSTOMERS_STORAGE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) {
            return true; // "your storage usage", "accounts over 90% storage usage": the quota customers see
        }
        if (d.needs() == (HARDWARE | DIGIT)) {
            // "memory errors for 5% of requests": a share of requests is user effect, "95% of capacity" a reading
            return ENDS_IN_PERCENT.matcher(m.group()).find()
                    && SHARE.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).find();
        }
        return false;
    }

    /**
     * The signal of the character {@code c} at {@code i} (not a digit: {@link ExposureScan} counts
     * those): the Greek letters count anywhere, the words only where a word starts (the first
     * character, or one after a character that is not a {@link TermMatcher#isWordChar word
     * character}); 0 for none.
     */
    static int signalAt(String text, int i, char c, boolean wordStart) {
        if (c == 'Δ') {
            return DELTA;
        }
        if (c == 'λ') {
            return LAMBDA;
        }
        if (!wordStart) {
            return 0;
        }
        int n = text.length();
        return switch (c | 32) {
            case 'd' -> at(text, i, "delta") ? DELTA : at(text, i, "disk") ? HARDWARE : 0;
            case 'l' -> at(text, i, "lambda") ? LAMBDA : 0;
            case 'c' -> at(text, i, "coverage") ? COVERAGE : at(text, i, "cpu") ? HARDWARE : 0;
            case 'p' -> i + 1 < n && Character.isDigit(text.charAt(i + 1)) || at(text, i, "percentile") ? PERCENTILE : 0;
            case 'm' -> at(text, i, "memory") ? HARDWARE : 0;
            case 'r' -> text.startsWith("RAM", i) ? HARDWARE : 0;
            case 'h' -> at(text, i, "heap") ? HARDWARE : 0;
            case 'i' -> at(text, i, "iops") ? HARDWARE : 0;
            case 'q' -> at(text, i, "queue") ? QUEUE : 0;
            case 's' -> at(text, i, "storage") ? HARDWARE : 0;
            default -> 0;
        };
    }

    private static boolean at(String text, int i, String lowerWord) {
        return text.regionMatches(true, i, lowerWord, 0, lowerWord.length());
    }
}
