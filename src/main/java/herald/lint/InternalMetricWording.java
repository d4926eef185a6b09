package herald.lint;

import herald.diag.Rule;
import herald.lint.Wording.Hit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** wording-internal: internal metrics in public text (quality gates, lambda signals, coverage, percentiles, raw error rates). */
final class InternalMetricWording {
    private InternalMetricWording() {
    }

    private static final String NUM = "\\d+(?:[.,]\\d+)?";
    private static final String PCT = "(?:\\d+(?:\\.\\d+)?\\s?(?:-|to)\\s?)?" + NUM + "\\s?(?:%|percent\\b|per cent\\b)";
    private static final String ABOUT = "(?:(?:approximately|approx\\.?|about|around|roughly|nearly|almost|over|under|up to|less than|more than|fewer than|~|<|>)\\s*)?";
    /** Text in one sentence: no sentence break, but decimals ("5.3") and thousands ("1,000") pass. */
    private static final String SAME_SENTENCE = "(?:[^.;!?\\n]|\\.(?=\\d))";
    /** Text in one clause: as above, and no ", " either. */
    private static final String SAME_CLAUSE = "(?:[^.,;!?\\n]|[.,](?=\\d))";
    /** Units that make a percentage an error rate: events, not people or repositories. */
    private static final String EVENTS = "(?:requests?|calls?|queries|query|deliveries|delivery|jobs?|runs?|builds?|operations?|transactions?"
            + "|messages?|traffic|workflows?|executions?|connections?|attempts?|lookups?|pushes|pulls|uploads?|downloads?|page\\s+loads?"
            + "|suggestions?|completions?|responses?|invocations?|sessions?|signups?|sign-ins?|logins?|checks?|tasks?|events?|webhooks?)";
    private static final String FAILING = "(?:fail(?:s|ed|ing|ures?)?|error(?:s|ed|ing)?|tim(?:e|ed|ing)\\s+out|timeouts?|[45]\\d\\d|[45]xx|not\\s+found|unsuccessful|rejected|dropped)";
    private static final String ERROR_RATE = "(?:error|failure|success|timeout|5xx|fault|drop)[ -]?rates?";

    private static final List<Detector> INTERNAL = List.of(
            new Detector(Pattern.compile("Δ\\s?[Ss]\\b|(?i:\\bdelta[ _-]?s\\b)"), "internal quality gate ΔS", TextScan.GREEK | Wording.DELTA),
            new Detector(Pattern.compile("λ|(?i:\\blambda(?:[ _-]?(?:observe|state))?\\s*(?:[:=]|\\b(?:is|was|went|turned|stayed|became|remains|remained|now)\\b)\\s*(?:\\w+\\s+){0,2}?(?:divergent|convergent|recursive|chaotic|" + NUM + "))"),
                    // "AWS Lambda", "Lambda functions" name a product, not a signal
                    "internal signal λ (lambda)", TextScan.GREEK | Wording.LAMBDA,
                    Pattern.compile("(?i)\\b(aws|amazon)\\s+lambda\\b|\\blambda\\s+(functions?|invocations?|layers?)\\b")),
            new Detector(Pattern.compile("(?i:\\bcoverage\\b\\W{0,3}(?:[\\w-]+\\W+){0,4}?~?" + NUM + "|" + NUM + "\\s?%?\\s+(?:[\\w-]+\\s+){0,2}?coverage\\b|\\bcoverage\\s+(?:gate|threshold|score|metric|ratio|floor)s?\\b)"),
                    "internal coverage figure", Wording.COVERAGE),
            new Detector(Pattern.compile("(?i:\\bp(?:50|75|90|95|99|999|99\\.9)\\b|\\b\\d{2}(?:\\.\\d+)?(?:th)?[ -]percentile\\b)"),
                    "latency percentile figure", Wording.PERCENTILE),
            new Detector(Pattern.compile("(?i:"
                    // "error rate of 12%", "success rates are now at 97%"
                    + "\\b" + ERROR_RATE + "\\b" + SAME_SENTENCE + "{0,60}?" + ABOUT + PCT
                    // "an approximate 50% error rate"
                    + "|" + PCT + SAME_SENTENCE + "{0,25}?\\b" + ERROR_RATE + "\\b"
                    // "35% of REST API requests are failing", "2% of GPT 5.3 Codex requests failed"
                    + "|" + PCT + "\\s+of\\s+" + SAME_CLAUSE + "{0,100}?\\b" + FAILING + "\\b"
                    // "11.3% of webhook deliveries were impacted"
                    + "|" + PCT + "\\s+of\\s+(?:[\\w.-]+\\s+){0,6}?" + EVENTS + "\\b" + SAME_CLAUSE + "{0,40}?\\b(?:affected|impacted)\\b"
                    // "roughly 1% failed to start", "65% are succeeding", "a 1 to 2% increase in 4xx responses"
                    + "|" + PCT + "\\s+(?:(?:are|were|is|was)\\s+)?(?:fail(?:ed|ing|s)?|succeed(?:ed|ing|s)?|erroring|errored|timing\\s+out|timed\\s+out)\\b"
                    + "|" + PCT + "\\s+(?:increase|rise|spike|jump|drop)\\s+in\\s+(?:\\w+\\s+){0,2}?" + FAILING
                    // "failing in 11% of requests", "failures impacting approximately 15% of API traffic", "500 errors for approximately 8%"
                    + "|\\b" + FAILING + "\\s+(?:\\w+\\s+){0,3}?(?:in|for|on|impacting|affecting|at|of|around|near|reached|peaked\\s+at|peaking\\s+at|spiked\\s+to|above|over|hit)\\s+" + ABOUT + PCT
                    + ")"),
                    "raw error-rate percentage", TextScan.PERCENT | Wording.PERCENT_WORD));

    /**
     * One internal-metric pattern. {@code needs}: the scan signals of which at least one must be
     * present for the pattern to be worth running. {@code unless} (or null): a pattern that, found
     * within 12 characters around a match, excuses it.
     */
    private record Detector(Pattern pattern, String what, long needs, Pattern unless) {
        Detector(Pattern pattern, String what, long needs) {
            this(pattern, what, needs, null);
        }

        boolean excused(String plain, Matcher m) {
            return unless != null && unless.matcher(
                    plain.substring(Math.max(0, m.start() - 12), Math.min(plain.length(), m.end() + 12))).find();
        }
    }

    static void check(String plain, long signals, List<Hit> hits) {
        for (Detector d : INTERNAL) {
            if ((signals & d.needs()) == 0) {
                continue;
            }
            Matcher m = d.pattern().matcher(plain);
            while (m.find()) {
                if (d.excused(plain, m)) {
                    continue;
                }
                String words = m.group().strip();
                hits.add(new Hit(Rule.WORDING_INTERNAL, words, d.what() + " in public text (\"" + words
                        + "\"); users need the effect and the recovery, not raw metrics: describe it in plain words"));
            }
        }
    }
}
