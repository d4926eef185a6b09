package herald.lint;

import herald.diag.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording rules as pure text checks: exact-ETA promises, internal metrics, unfilled
 * placeholders. Tuned on real status-page text (GitHub's), so that announcing the next update
 * ("Next update in 15 minutes", "We do not have an ETA") never fires while promising a fix time
 * ("should be fixed by 15:00", "back in 10 minutes") does. Every pattern is compiled once, and
 * cheap pre-checks skip the expensive ones on text that cannot match (most text).
 */
public final class Wording {

    /** One problem found in a text: the rule, the offending words as written, and a message. */
    public record Hit(Rule rule, String words, String message) {
    }

    /** What kind of text is checked: closed narratives (resolved, postmortem) report the past. */
    public enum Tense { LIVE, RETROSPECTIVE }

    private Wording() {
    }

    private static final TextScan SCAN = new TextScan();
    private static final long DELTA = SCAN.literal("delta");
    private static final long LAMBDA = SCAN.literal("lambda");
    private static final long COVERAGE = SCAN.literal("coverage");
    private static final long PERCENT_WORD = SCAN.literal("percent") | SCAN.literal("per cent");
    private static final long PERCENTILE = SCAN.literal("percentile") | SCAN.literal("p5") | SCAN.literal("p7")
            | SCAN.literal("p9");
    /** A literal one of which every promise pattern needs: a future marker, "ETA", or a bare "fixed by". */
    private static final long PROMISE = literals("eta", "e.t.a", "estimat", "expect", "will", "shall", "should",
            "anticipat", "aim", "on track", "hop", "plan", "going to", "target", "predict", "project", "likely",
            "'ll", "fixed", "resolved", "restored", "back", "up and running") | TextScan.APOSTROPHE_LL;
    /** Words that can make a time without a digit: "an hour", "noon", "tomorrow", "ten minutes". */
    private static final long CLOCKISH = literals("hour", "hr", "noon", "midnight", "tonight", "tomorrow", "end of", "eod",
            "cob", "day", "min", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Markup that plain() strips. */
    private static final long HAS_MARKUP = SCAN.literal("http");

    private static long literals(String... words) {
        long bits = 0;
        for (String w : words) {
            bits |= SCAN.literal(w);
        }
        return bits;
    }

    public static List<Hit> check(String text, Tense tense, boolean checkEta) {
        List<Hit> hits = new ArrayList<>();
        if (text == null) {
            return hits;
        }
        long signals = SCAN.scan(text, 0, text.length());
        placeholders(text, signals, hits);
        String plain = (signals & (TextScan.ANGLE | HAS_MARKUP)) != 0 || text.indexOf("](") >= 0 || text.indexOf('*') >= 0 || text.indexOf('_') >= 0
                ? plain(text) : text;
        internal(plain, signals, hits);
        if (checkEta && (signals & (TextScan.DIGIT | CLOCKISH)) != 0 && (signals & PROMISE) != 0) {
            eta(plain, tense, hits);
        }
        return hits;
    }

    // ---------------------------------------------------------------- placeholders

    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("[.…\\-–—?_]+");
    private static final Pattern PLACEHOLDER_WORD = Pattern.compile(
            "(?i:\\bhh:mm\\b|\\bhh\\.mm\\b)|\\bTODO\\b|\\bTBD\\b|\\bTBA\\b|\\bFIXME\\b|\\bXXX+\\b|\\{\\{[^{}]{0,60}\\}\\}");
    private static final Pattern ANGLE = Pattern.compile("<\\s*(/?)\\s*([^<>\\n]{0,60}?)\\s*>");
    private static final Pattern PLACEHOLDER_WORDS = Pattern.compile("[\\p{L}][\\p{L}\\p{N} _.,'’()-]*");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s/]+");
    private static final Set<String> HTML_TAGS = Set.of("a", "abbr", "audio", "b", "base", "blockquote", "body", "br",
            "button", "canvas", "center", "code", "dd", "del", "dialog", "div", "dl", "dt", "em", "embed", "font",
            "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "html", "i", "iframe",
            "img", "image", "input", "ins", "kbd", "li", "link", "marquee", "math", "meta", "noscript", "object", "ol",
            "p", "param", "picture", "pre", "q", "s", "script", "select", "span", "strike", "strong", "style", "sub",
            "sup", "svg", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "tr", "u", "ul", "video", "xmp",
            "xss", "isindex", "keygen", "applet", "bgsound", "layer", "ilayer", "plaintext");

    private static void placeholders(String text, long signals, List<Hit> hits) {
        String stripped = text.strip();
        if (stripped.isEmpty() || ONLY_PUNCTUATION.matcher(stripped).matches()) {
            hits.add(new Hit(Rule.UNFILLED_PLACEHOLDER, stripped, "public text is empty or a placeholder (\"" + stripped
                    + "\"); write what users need to know, or remove the field"));
            return;
        }
        if ((signals & TextScan.PLACEHOLDER) != 0) {
            Matcher m = PLACEHOLDER_WORD.matcher(text);
            while (m.find()) {
                hits.add(new Hit(Rule.UNFILLED_PLACEHOLDER, m.group(), "template placeholder \"" + m.group()
                        + "\" left in public text; fill it in (e.g. the real checkpoint time) before publishing"));
            }
        }
        if ((signals & TextScan.ANGLE) == 0) {
            return;
        }
        Matcher a = ANGLE.matcher(text);
        while (a.find()) {
            if (isPlaceholder(a.group(1), a.group(2))) {
                hits.add(new Hit(Rule.UNFILLED_PLACEHOLDER, a.group(), "template placeholder \"" + a.group()
                        + "\" left in public text; replace it with the real value before publishing"));
            }
        }
    }

    /** {@code <component>} or {@code <…>} is a placeholder; HTML tags, autolinks and {@code <5%} are not. */
    private static boolean isPlaceholder(String slash, String inner) {
        if (!slash.isEmpty()) {
            return false;
        }
        String t = inner.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (t.equals("…") || t.equals("...")) {
            return true;
        }
        if (t.contains(":") || t.contains("@") || t.contains("=") || t.contains("/") || t.contains("\"")) {
            return false; // URL, e-mail, attribute or tag with attributes
        }
        if (!Character.isLetter(t.codePointAt(0))) {
            return false; // "< 5 minutes", "<1%"
        }
        String firstWord = WORD_SPLIT.split(t)[0].toLowerCase(Locale.ROOT);
        if (HTML_TAGS.contains(firstWord)) {
            return false;
        }
        return PLACEHOLDER_WORDS.matcher(t).matches();
    }

    // ---------------------------------------------------------------- internal metrics

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
            new Detector(Pattern.compile("Δ\\s?[Ss]\\b|(?i:\\bdelta[ _-]?s\\b)"), "internal quality gate ΔS", TextScan.GREEK | DELTA),
            new Detector(Pattern.compile("λ|(?i:\\blambda(?:[ _-]?(?:observe|state))?\\s*(?:[:=]|\\b(?:is|was|went|turned|stayed|became|remains|remained|now)\\b)\\s*(?:\\w+\\s+){0,2}?(?:divergent|convergent|recursive|chaotic|" + NUM + "))"),
                    // "AWS Lambda", "Lambda functions" name a product, not a signal
                    "internal signal λ (lambda)", TextScan.GREEK | LAMBDA,
                    Pattern.compile("(?i)\\b(aws|amazon)\\s+lambda\\b|\\blambda\\s+(functions?|invocations?|layers?)\\b")),
            new Detector(Pattern.compile("(?i:\\bcoverage\\b\\W{0,3}(?:[\\w-]+\\W+){0,4}?~?" + NUM + "|" + NUM + "\\s?%?\\s+(?:[\\w-]+\\s+){0,2}?coverage\\b|\\bcoverage\\s+(?:gate|threshold|score|metric|ratio|floor)s?\\b)"),
                    "internal coverage figure", COVERAGE),
            new Detector(Pattern.compile("(?i:\\bp(?:50|75|90|95|99|999|99\\.9)\\b|\\b\\d{2}(?:\\.\\d+)?(?:th)?[ -]percentile\\b)"),
                    "latency percentile figure", PERCENTILE),
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
                    "raw error-rate percentage", TextScan.PERCENT | PERCENT_WORD));

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

    private static void internal(String plain, long signals, List<Hit> hits) {
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

    // ---------------------------------------------------------------- ETA promises

    private static final Pattern ETA_WORD = Pattern.compile(
            "\\bETAs?\\b|\\bE\\.T\\.A\\.?|(?i:\\bestimated\\s+(?:time\\s+(?:of|to|for)\\s+)?(?:resolution|recovery|restoration|repair|fix|completion)(?:\\s+time)?\\b)");
    private static final Pattern ETA_NEGATED = Pattern.compile(
            "(?i)(\\b(no|not|without|never|unable|cannot|dont|cant|wont|havent|doesnt|any)\\b|n['’]t\\b)[^.!?]{0,30}$");
    private static final Pattern ETA_FOR_CHECKPOINT = Pattern.compile(
            "(?i)^\\s*(for|of)\\s+(the\\s+)?(next\\s+)?(update|checkpoint|status)");

    private static final String WORD_NUMBER = "(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty[- ]five|fifty|sixty|ninety|half\\s+an?|a\\s+half|a\\s+couple\\s+of|another)";
    private static final String AMOUNT = "(?:\\d+(?:\\.\\d+)?|" + WORD_NUMBER + ")(?:\\s*(?:-|–|to|or)\\s*\\d+(?:\\.\\d+)?)?";
    private static final String DURATION = AMOUNT + "\\s*\\+?\\s*(?:minutes?|mins?|m|hours?|hrs?|h|days?)\\b";
    private static final String CLOCK = "(?:(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))?|(?:1[0-2]|0?[1-9])\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))(?:\\s*(?:UTC|GMT|Z|[A-Z]{2,4}T))?"
            + "|noon|midnight|(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:day|business\\s+day|week)|EOD|COB|close\\s+of\\s+business|tonight|tomorrow(?:\\s+(?:morning|afternoon|evening))?"
            + "|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String QUALIFIER = "(?:the\\s+next\\s+|the\\s+|about\\s+|approximately\\s+|approx\\.?\\s+|roughly\\s+|around\\s+|less\\s+than\\s+|under\\s+|up\\s+to\\s+|~\\s*|<\\s*)?";
    /** A bounded time: "by 15:00", "within 2 hours", "in the next 30 minutes", "within the hour". */
    private static final Pattern TIME_BOUND = Pattern.compile("(?i)\\b(?:by|before|at|around|until|till|within|in|under|inside(?:\\s+of)?|no\\s+later\\s+than)\\s+"
            + QUALIFIER + "(?:" + DURATION + "|" + CLOCK + "|hour\\b|next\\s+hour\\b)");
    /** A promised length: "will take 3 hours", "to take up to 2 hours", "last until 19:00", "impacted for another 30 minutes". */
    private static final Pattern LENGTH_BOUND = Pattern.compile("(?i)\\b(?:(?:take|last|require|need|run)\\s+(?:\\w+\\s+){0,2}?" + QUALIFIER
            + "(?:(?:another|more\\s+than|no\\s+more\\s+than|about|around|approximately|up\\s+to)\\s+)?(?:" + DURATION + ")"
            + "|(?:last|continue|persist|run)\\s+until\\s+" + QUALIFIER + "(?:" + CLOCK + ")"
            + "|for\\s+(?:another|approximately|about|around|roughly|up\\s+to|the\\s+next)\\s+(?:" + DURATION + "))");
    /** "Expected downtime: 10 minutes", "estimated time to clear the backlog is 2 hours", "new expected completion time is 21:00 UTC". */
    private static final Pattern EXPECTED_VALUE = Pattern.compile("(?i)\\b(?:expected|estimated)\\s+(?:total\\s+)?(?:time\\s+to\\s+[\\w\\s]{1,40}?|downtime|completion(?:\\s+time)?|resolution(?:\\s+time)?|recovery(?:\\s+time)?|restoration(?:\\s+time)?|fix(?:\\s+time)?|duration)"
            + "\\s*(?:is\\s+(?:now\\s+)?|of\\s+|:\\s*|will\\s+be\\s+)" + QUALIFIER + "(?:" + DURATION + "|" + CLOCK + ")"
            + "|\\b(?:downtime|completion|resolution|recovery|restoration)\\s+(?:is\\s+)?expected\\s*(?::\\s*|to\\s+be\\s+|at\\s+|by\\s+|in\\s+|within\\s+)?" + QUALIFIER + "(?:" + DURATION + "|" + CLOCK + ")");
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(will|shall|should|expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|aim(?:s|ing)?|on\\s+track|hop(?:e|es|ing)|estimat(?:e|es|ed)|plan(?:s|ned)?\\s+to|going\\s+to|target(?:s|ing)?|predict(?:s|ed)?|projected|likely)\\b|'ll\\b|’ll\\b");
    private static final Pattern FIX = Pattern.compile(
            "(?i)\\b(fix(?:ed|es)?|hotfix|resolv(?:e|ed|es|ing)|resolution|restor(?:e|ed|es|ing|ation)|recover(?:y|ed|s|ing)?|back\\b|return(?:s|ed|ing)?\\b|mitigat(?:e|ed|es|ion)|deploy(?:ed|ing|ment)?|roll(?:ed|ing)?[ -]?(?:back|out)|rollout|available|availability|operational|up\\s+and\\s+running|working|normal|healthy|online|caught\\s+up|clear(?:ed)?|stable|functional|consistent|complete(?:d)?|finish(?:ed)?|done|repair(?:ed)?|service|backlog|catch\\s+up)\\b");
    private static final Pattern IMPACT = Pattern.compile(
            "(?i)\\b(impact(?:ed)?|degrad(?:ed|ation)|unavailab(?:le|ility)|down|downtime|slow|delay(?:ed|s)?|outage|disruption|maintenance|affected|intermittent)\\b");
    /** Words that make the time bound about the next message, not the fix. */
    private static final Pattern ABOUT_COMMS = Pattern.compile(
            "(?i)\\b(updates?|checkpoints?|post(?:s|ed|ing)?|postmortem|post-mortem|write[- ]?up|report|rca|retrospective|review|details|information|info|communication|news|notif(?:y|ication)|message|status\\s+page|share|publish)\\b");
    private static final Pattern SUBJECT_IT = Pattern.compile("(?i)\\b(this|it)\\b");
    private static final Pattern PAST_EXPECTATION = Pattern.compile("(?i)\\b(than|as|was|were|had|been)\\s+$");
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|no|never|unable|cannot|dont)\\b|n['’]t\\b");
    private static final Pattern PAST_AUX = Pattern.compile("(?i)\\b(was|were|been|had|has|have|got)\\s+(?:\\w+\\s+)?$");
    private static final Pattern BARE_PROMISE = Pattern.compile(
            "(?i)\\b(fixed|resolved|restored|back(?:\\s+(?:up|online|to\\s+normal))?|up\\s+and\\s+running)\\s+"
                    + "(?:by|before|within|in|at|around)\\s+(?:about\\s+|approximately\\s+|~\\s*|the\\s+next\\s+)?(?:" + DURATION + "|" + CLOCK + ")");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|(?<!\\d):(?!\\d)|,\\s+(?:and|but|while|so)\\b|\\s+(?:and|but|while)\\s+(?=(?:we|they|it|our|the\\s+team)\\b)");
    /**
     * Cheap pre-check: every promise pattern needs a digit, a clock or duration word, or "ETA";
     * a sentence without any of them is skipped before the costly patterns run.
     */
    private static final Set<String> CLOCK_WORDS = Set.of("eta", "etas", "estimated", "hour", "hours", "hrs", "noon",
            "midnight", "tonight", "tomorrow", "eod", "cob", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "end");
    private static final Set<String> UNIT_WORDS = Set.of("minute", "minutes", "min", "mins", "day", "days");
    private static final Set<String> NUMBER_WORDS = Set.of("a", "an", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "ninety", "another");

    /** {@code signals}: the text's {@link TextScan} signals, whose DIGIT settles most texts without a walk. */
    static boolean mayHoldTime(String text, long signals) {
        if ((signals & TextScan.DIGIT) != 0) {
            return true;
        }
        boolean number = false;
        boolean unit = false;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start <= 9) {
                    if (WordSet.contains(CLOCK_WORDS_HASHED, text, start, i)) {
                        return true;
                    }
                    number |= WordSet.contains(NUMBER_WORDS_HASHED, text, start, i);
                    unit |= WordSet.contains(UNIT_WORDS_HASHED, text, start, i);
                    if (number && unit) {
                        return true;
                    }
                }
                start = -1;
            }
        }
        return false;
    }

    private static final WordSet CLOCK_WORDS_HASHED = new WordSet(CLOCK_WORDS);
    private static final WordSet UNIT_WORDS_HASHED = new WordSet(UNIT_WORDS);
    private static final WordSet NUMBER_WORDS_HASHED = new WordSet(NUMBER_WORDS);

    private static void eta(String plain, Tense tense, List<Hit> hits) {
        for (String sentence : sentences(plain)) {
            long signals = SCAN.scan(sentence, 0, sentence.length());
            if ((signals & PROMISE) == 0 || (signals & (TextScan.DIGIT | CLOCKISH)) == 0 || !mayHoldTime(sentence, signals)) {
                continue;
            }
            String words = etaWord(sentence);
            if (words == null) {
                for (String clause : CLAUSE_BREAK.split(sentence)) {
                    words = promise(clause, tense);
                    if (words != null) {
                        break;
                    }
                }
            }
            if (words != null) {
                hits.add(new Hit(Rule.WORDING_ETA, words, "promises an exact fix time (\"" + words
                        + "\"); promise the next checkpoint instead, e.g. \"Next update at 14:40 UTC\""));
            }
        }
    }

    /** "ETA 1h", "Estimated time of resolution: 16:30", "Expected downtime: 10 minutes"; not "no ETA", not "ETA for the next update". */
    private static String etaWord(String sentence) {
        Matcher e = ETA_WORD.matcher(sentence);
        while (e.find()) {
            String before = sentence.substring(Math.max(0, e.start() - 40), e.start());
            if (!ETA_NEGATED.matcher(before).find() && !ETA_FOR_CHECKPOINT.matcher(sentence.substring(e.end())).find()) {
                return e.group();
            }
        }
        Matcher v = EXPECTED_VALUE.matcher(sentence);
        if (v.find() && !NEGATION.matcher(sentence.substring(0, v.start())).find()) {
            return v.group().strip();
        }
        return null;
    }

    /** The promised fix time in a clause, or null. */
    private static String promise(String clause, Tense tense) {
        Matcher t = TIME_BOUND.matcher(clause);
        while (t.find()) {
            String head = clause.substring(0, t.start());
            int future = lastFutureMarker(head);
            if (future >= 0) {
                String span = head.substring(future);
                if (FIX.matcher(head).find() && !ABOUT_COMMS.matcher(span).find() && !NEGATION.matcher(head).find()) {
                    return clause.substring(future, t.end()).strip();
                }
                continue;
            }
            if (tense == Tense.LIVE) {
                Matcher b = BARE_PROMISE.matcher(clause);
                while (b.find()) {
                    if (!PAST_AUX.matcher(clause.substring(0, b.start())).find()) {
                        return b.group().strip();
                    }
                }
            }
        }
        Matcher l = LENGTH_BOUND.matcher(clause);
        while (l.find()) {
            String head = clause.substring(0, l.start());
            int future = lastFutureMarker(head);
            if (future >= 0 && !NEGATION.matcher(head).find() && !ABOUT_COMMS.matcher(head.substring(future)).find()
                    && (FIX.matcher(head).find() || IMPACT.matcher(head).find() || SUBJECT_IT.matcher(head).find())) {
                return clause.substring(future, l.end()).strip();
            }
        }
        return null;
    }

    private static int lastFutureMarker(String head) {
        Matcher f = FUTURE.matcher(head);
        int future = -1;
        while (f.find()) {
            // "longer than expected", "as expected", "was expected" look back, not ahead
            if (!PAST_EXPECTATION.matcher(head.substring(0, f.start())).find()) {
                future = f.start();
            }
        }
        return future;
    }

    // ---------------------------------------------------------------- text helpers

    private static final Pattern BLOCK_TAG = Pattern.compile("(?i)</?(?:li|p|br|ul|ol|div|h\\d)\\b[^<>]*>");
    private static final Pattern ANY_TAG = Pattern.compile("</?[a-zA-Z][^<>]{0,200}>");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)\\s]*\\)");
    private static final Pattern BARE_URL = Pattern.compile("https?://\\S+");

    /** Markdown and HTML reduced to plain words (real tags and link targets dropped, "< 5 minutes" kept). */
    static String plain(String text) {
        String t = text;
        if (t.indexOf('<') >= 0) {
            t = ANY_TAG.matcher(BLOCK_TAG.matcher(t).replaceAll(". ")).replaceAll(" ");
        }
        if (t.indexOf("](") >= 0) {
            t = LINK_TARGET.matcher(t).replaceAll("]");
        }
        if (t.indexOf("://") >= 0) {
            t = BARE_URL.matcher(t).replaceAll(" ");
        }
        if (t.indexOf('*') >= 0 || t.indexOf('_') >= 0) {
            t = t.replace("**", "").replace("__", "");
        }
        return t;
    }

    /**
     * Sentences: a break after . ! ? followed by whitespace and a capital, digit or quote; a blank
     * line; a list item.
     */
    static List<String> sentences(String plain) {
        List<String> out = new ArrayList<>();
        char[] cs = plain.toCharArray();
        int n = cs.length;
        int from = 0;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            int cut = -1;
            int next = -1;
            if ((c == '.' || c == '!' || c == '?') && i + 1 < n && Character.isWhitespace(cs[i + 1])) {
                int j = i + 1;
                while (j < n && Character.isWhitespace(cs[j])) {
                    j++;
                }
                if (j < n && startsSentence(cs[j]) || j == n) {
                    cut = i + 1;
                    next = j;
                }
            } else if (c == '\n') {
                int j = i + 1;
                while (j < n && (cs[j] == ' ' || cs[j] == '\t')) {
                    j++;
                }
                if (j < n && cs[j] == '\n') {
                    cut = i;
                    next = j + 1;
                } else if (j + 1 < n && (cs[j] == '-' || cs[j] == '*') && cs[j + 1] == ' ') {
                    cut = i;
                    next = j + 2;
                }
            }
            if (cut >= 0) {
                add(out, plain, from, cut);
                from = next;
                i = next;
            } else {
                i++;
            }
        }
        add(out, plain, from, n);
        return out;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '\u201c' || c == '(';
    }

    private static void add(List<String> out, String s, int from, int to) {
        if (from < to) {
            String part = s.substring(from, to).strip();
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
    }
}
