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
 * ("should be fixed by 15:00", "back in 10 minutes") does.
 */
public final class Wording {

    /** One problem found in a text: the rule, the offending words as written, and a message. */
    public record Hit(Rule rule, String words, String message) {
    }

    /** What kind of text is checked: closed narratives (resolved, postmortem) report the past. */
    public enum Tense { LIVE, RETROSPECTIVE }

    private Wording() {
    }

    public static List<Hit> check(String text, Tense tense, boolean checkEta) {
        List<Hit> hits = new ArrayList<>();
        if (text == null) {
            return hits;
        }
        String plain = plain(text);
        placeholders(text, hits);
        internal(plain, hits);
        if (checkEta) {
            eta(plain, tense, hits);
        }
        return hits;
    }

    // ---------------------------------------------------------------- placeholders

    private static final Pattern PLACEHOLDER_WORD = Pattern.compile(
            "(?i:\\bhh:mm\\b|\\bhh\\.mm\\b)|\\bTODO\\b|\\bTBD\\b|\\bTBA\\b|\\bFIXME\\b|\\bXXX+\\b|\\{\\{[^{}]{0,60}\\}\\}");
    private static final Pattern ANGLE = Pattern.compile("<\\s*(/?)\\s*([^<>\\n]{0,60}?)\\s*>");
    private static final Set<String> HTML_TAGS = Set.of("a", "abbr", "audio", "b", "base", "blockquote", "body", "br",
            "button", "canvas", "center", "code", "dd", "del", "dialog", "div", "dl", "dt", "em", "embed", "font",
            "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "html", "i", "iframe",
            "img", "image", "input", "ins", "kbd", "li", "link", "marquee", "math", "meta", "noscript", "object", "ol",
            "p", "param", "picture", "pre", "q", "s", "script", "select", "span", "strike", "strong", "style", "sub",
            "sup", "svg", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "tr", "u", "ul", "video", "xmp",
            "xss", "isindex", "keygen", "applet", "bgsound", "layer", "ilayer", "plaintext");

    private static void placeholders(String text, List<Hit> hits) {
        if (text.isBlank() || text.strip().matches("[.…\\-–—?_]+")) {
            hits.add(new Hit(Rule.UNFILLED_PLACEHOLDER, text.strip(), "public text is empty or a placeholder (\"" + text.strip()
                    + "\"); write what users need to know, or remove the field"));
            return;
        }
        Matcher m = PLACEHOLDER_WORD.matcher(text);
        while (m.find()) {
            hits.add(new Hit(Rule.UNFILLED_PLACEHOLDER, m.group(), "template placeholder \"" + m.group()
                    + "\" left in public text; fill it in (e.g. the real checkpoint time) before publishing"));
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
        String firstWord = t.split("[\\s/]+")[0].toLowerCase(Locale.ROOT);
        if (HTML_TAGS.contains(firstWord)) {
            return false;
        }
        return t.matches("[\\p{L}][\\p{L}\\p{N} _.,'’()-]*");
    }

    // ---------------------------------------------------------------- internal metrics

    private static final String NUM = "\\d+(?:[.,]\\d+)?";
    private static final String PCT = NUM + "\\s?(?:%|percent\\b|per cent\\b)";
    private static final List<Detector> INTERNAL = List.of(
            new Detector(Pattern.compile("Δ\\s?[Ss]\\b|(?i:\\bdelta[ _-]?s\\b)"),
                    "internal quality gate ΔS"),
            new Detector(Pattern.compile("λ|(?i:\\blambda(?:[ _-]?(?:observe|state))?\\s*(?:[:=]|\\b(?:is|was|went|turned|stayed|became|remains|remained|now)\\b)\\s*(?:\\w+\\s+){0,2}?(?:divergent|convergent|recursive|chaotic|" + NUM + "))"),
                    "internal signal λ (lambda)"),
            new Detector(Pattern.compile("(?i:\\bcoverage\\b\\W{0,3}(?:[\\w-]+\\W+){0,4}?~?" + NUM + "|" + NUM + "\\s?%?\\s+(?:[\\w-]+\\s+){0,2}?coverage\\b|\\bcoverage\\s+(?:gate|threshold|score|metric|ratio|floor)s?\\b)"),
                    "internal coverage figure"),
            new Detector(Pattern.compile("(?i:\\bp(?:50|75|90|95|99|999|99\\.9)\\b|\\b\\d{2}(?:\\.\\d+)?(?:th)?[ -]percentile\\b)"),
                    "latency percentile figure"),
            new Detector(Pattern.compile("(?i:\\b(?:error|failure|success|timeout|5xx|fault)[ -]?rates?\\b[^.;:!?\\n]{0,40}?~?" + PCT
                    + "|" + PCT + "[^.;:!?\\n]{0,25}?\\b(?:error|failure|success|timeout|5xx)[ -]?rates?\\b"
                    + "|" + PCT + "\\s+of\\s+[^.,;:!?\\n]{0,60}?\\b(?:fail(?:s|ed|ing|ures?)?|error(?:s|ed|ing)?|tim(?:e|ed|ing) out|timeouts?|5\\d\\d|5xx)\\b"
                    + "|\\b(?:errors|failures|5xx|5\\d\\ds|timeouts)\\s+(?:\\w+\\s+){0,2}?(?:at|of|around|near|reached|peaked at|spiked to|above|over|hit)\\s+~?" + PCT + ")"),
                    "raw error-rate percentage"));

    private record Detector(Pattern pattern, String what) {
    }

    private static void internal(String plain, List<Hit> hits) {
        for (Detector d : INTERNAL) {
            Matcher m = d.pattern().matcher(plain);
            while (m.find()) {
                String words = m.group().strip();
                if (d.what().startsWith("internal signal") && AWS_LAMBDA.matcher(plain.substring(Math.max(0, m.start() - 12), Math.min(plain.length(), m.end() + 12))).find()) {
                    continue;
                }
                hits.add(new Hit(Rule.WORDING_INTERNAL, words, d.what() + " in public text (\"" + words
                        + "\"); users need the effect and the recovery, not raw metrics: describe it in plain words"));
            }
        }
    }

    private static final Pattern AWS_LAMBDA = Pattern.compile("(?i)\\b(aws|amazon)\\s+lambda\\b|\\blambda\\s+(functions?|invocations?|layers?)\\b");

    // ---------------------------------------------------------------- ETA promises

    private static final Pattern ETA_WORD = Pattern.compile(
            "\\bETAs?\\b|\\bE\\.T\\.A\\.?|(?i:\\bestimated\\s+(?:time\\s+(?:of|to|for)\\s+)?(?:resolution|recovery|restoration|repair|fix|completion)(?:\\s+time)?\\b)");
    private static final Pattern ETA_NEGATED = Pattern.compile(
            "(?i)(\\b(no|not|without|never|unable|cannot|dont|cant|wont|havent|doesnt|any)\\b|n['’]t\\b)[^.!?]{0,30}$");
    private static final Pattern ETA_FOR_CHECKPOINT = Pattern.compile(
            "(?i)^\\s*(for|of)\\s+(the\\s+)?(next\\s+)?(update|checkpoint|status)");

    private static final String WORD_NUMBER = "(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty[- ]five|fifty|sixty|ninety|half\\s+an?|a\\s+half|a\\s+couple\\s+of|1\\.5)";
    private static final String AMOUNT = "(?:\\d+(?:\\.\\d+)?|" + WORD_NUMBER + ")(?:\\s*(?:-|–|to|or)\\s*\\d+(?:\\.\\d+)?)?";
    private static final String DURATION = AMOUNT + "\\s*(?:minutes?|mins?|m|hours?|hrs?|h|days?)\\b";
    private static final String CLOCK = "(?:(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))?|(?:1[0-2]|0?[1-9])\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))(?:\\s*(?:UTC|GMT|Z|[A-Z]{2,4}T))?"
            + "|noon|midnight|(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:day|business\\s+day|week)|EOD|COB|close\\s+of\\s+business|tonight|tomorrow(?:\\s+(?:morning|afternoon|evening))?"
            + "|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    /** A bounded time: "by 15:00", "within 2 hours", "in the next 30 minutes", "within the hour". */
    private static final Pattern TIME_BOUND = Pattern.compile("(?i)\\b(?:by|before|at|around|until|till|within|in|under|inside(?:\\s+of)?|no\\s+later\\s+than)\\s+"
            + "(?:the\\s+next\\s+|the\\s+|about\\s+|approximately\\s+|approx\\.?\\s+|roughly\\s+|around\\s+|less\\s+than\\s+|under\\s+|~\\s*)?"
            + "(?:" + DURATION + "|" + CLOCK + "|hour\\b|next\\s+hour\\b)");
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(will|shall|should|expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|aim(?:s|ing)?|aim\\s+of|on\\s+track|hop(?:e|es|ing)|estimat(?:e|es|ed)|plan(?:s|ned)?\\s+to|going\\s+to|target(?:s|ing)?|predict(?:s|ed)?|projected|likely)\\b|'ll\\b|’ll\\b");
    private static final Pattern FIX = Pattern.compile(
            "(?i)\\b(fix(?:ed|es)?|resolv(?:e|ed|es|ing)|resolution|restor(?:e|ed|es|ing|ation)|recover(?:y|ed|s|ing)?|back\\b|return(?:s|ed|ing)?\\b|mitigat(?:e|ed|es|ion)|deploy(?:ed|ing|ment)?|roll(?:ed|ing)?[ -]?(?:back|out)|available|availability|operational|up\\s+and\\s+running|working|normal|healthy|online|caught\\s+up|clear(?:ed)?|stable|functional|consistent|complete(?:d)?|finish(?:ed)?|done|repair(?:ed)?|service)\\b");
    /** Words that make the time bound about the next message, not the fix. */
    private static final Pattern ABOUT_COMMS = Pattern.compile(
            "(?i)\\b(updates?|checkpoints?|post(?:s|ed|ing)?|postmortem|post-mortem|write[- ]?up|report|rca|retrospective|review|details|information|info|communication|news|notif(?:y|ication)|message|status\\s+page|share|publish)\\b");
    private static final Pattern PAST_EXPECTATION = Pattern.compile("(?i)\\b(than|as|was|were|had|been)\\s+$");
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|no|never|unable|cannot)\\b|n't\\b|n’t\\b");
    private static final Pattern PAST_AUX = Pattern.compile("(?i)\\b(was|were|been|had|has|have|got)\\s+(?:\\w+\\s+)?$");
    private static final Pattern BARE_PROMISE = Pattern.compile(
            "(?i)\\b(fixed|resolved|restored|back(?:\\s+(?:up|online|to\\s+normal))?|up\\s+and\\s+running)\\s+"
                    + "(?:by|before|within|in|at|around)\\s+(?:about\\s+|approximately\\s+|~\\s*|the\\s+next\\s+)?(?:" + DURATION + "|" + CLOCK + ")");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|(?<!\\d):(?!\\d)|,\\s+(?:and|but|while|so)\\b|\\s+(?:and|but|while)\\s+(?=(?:we|they|it|our|the\\s+team)\\b)");

    private static void eta(String plain, Tense tense, List<Hit> hits) {
        for (String sentence : sentences(plain)) {
            Matcher e = ETA_WORD.matcher(sentence);
            boolean found = false;
            while (e.find()) {
                String before = sentence.substring(Math.max(0, e.start() - 40), e.start());
                String after = sentence.substring(e.end());
                if (ETA_NEGATED.matcher(before).find() || ETA_FOR_CHECKPOINT.matcher(after).find()) {
                    continue;
                }
                hits.add(etaHit(e.group()));
                found = true;
                break;
            }
            if (found) {
                continue;
            }
            for (String clause : CLAUSE_BREAK.split(sentence)) {
                String promise = promise(clause, tense);
                if (promise != null) {
                    hits.add(etaHit(promise));
                    break;
                }
            }
        }
    }

    /** The promised fix time in a clause, or null. */
    private static String promise(String clause, Tense tense) {
        Matcher t = TIME_BOUND.matcher(clause);
        while (t.find()) {
            String head = clause.substring(0, t.start());
            Matcher f = FUTURE.matcher(head);
            int future = -1;
            while (f.find()) {
                // "longer than expected", "as expected", "was expected" look back, not ahead
                if (!PAST_EXPECTATION.matcher(head.substring(0, f.start())).find()) {
                    future = f.start();
                }
            }
            if (future >= 0) {
                String span = head.substring(future);
                if (FIX.matcher(head).find() && !ABOUT_COMMS.matcher(span).find()
                        && !NEGATION.matcher(head).find()) {
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
        return null;
    }

    private static Hit etaHit(String words) {
        return new Hit(Rule.WORDING_ETA, words, "promises an exact fix time (\"" + words
                + "\"); promise the next checkpoint instead, e.g. \"Next update at 14:40 UTC\"");
    }

    // ---------------------------------------------------------------- text helpers

    /** Markdown and HTML reduced to sentences of plain words (tags and link targets dropped). */
    static String plain(String text) {
        return text.replaceAll("(?i)</?(li|p|br|ul|ol|div|h\\d)\\b[^>]*>", ". ")
                .replaceAll("<[^>]{1,200}>", " ")
                .replaceAll("\\]\\([^)\\s]*\\)", "]")
                .replaceAll("https?://\\S+", " ")
                .replace("**", "")
                .replace("__", "");
    }

    static List<String> sentences(String plain) {
        List<String> out = new ArrayList<>();
        for (String s : plain.split("(?<=[.!?])\\s+(?=[A-Z0-9\"'“(])|\\n\\s*\\n|\\n\\s*[-*]\\s+|(?<=[.!?])$")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
