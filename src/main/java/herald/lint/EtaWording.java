package herald.lint;

import static herald.lint.PromiseWords.ABOUT_COMMS;
import static herald.lint.PromiseWords.CLOCK;
import static herald.lint.PromiseWords.DURATION;
import static herald.lint.PromiseWords.FIX;
import static herald.lint.PromiseWords.FUTURE;
import static herald.lint.PromiseWords.MONITORING;
import static herald.lint.PromiseWords.NEGATION;
import static herald.lint.PromiseWords.QUALIFIER;
import static herald.lint.PromiseWords.WEAK_FUTURE;
import static herald.lint.PromiseWords.lastMarker;

import herald.diag.Rule;
import herald.lint.Wording.Hit;
import herald.wording.NumberWords;
import herald.wording.PastReport;
import herald.wording.UpdateAnnouncement;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * wording-eta: a promised fix time ("should be fixed by 15:00", "back in 10 minutes", "ETA 1h"),
 * never the next checkpoint ("Next update in 15 minutes") nor a negation ("We do not have an ETA").
 */
final class EtaWording {
    private EtaWording() {
    }

    private static final Pattern ETA_WORD = Pattern.compile(
            "(?i:\\betas?\\b)|\\bE\\.T\\.A\\.?|(?i:\\bestimated\\s+(?:time\\s+(?:of|to|for)\\s+)?(?:resolution|recovery|restoration|repair|fix|completion)(?:\\s+time)?\\b)");
    private static final Pattern ETA_NEGATED = Pattern.compile(
            "(?i)(\\b(no|not|without|never|unable|cannot|dont|cant|wont|havent|doesnt|any|premature|unsure|uncertain)\\b|n['’]t\\b"
            + "|\\btoo\\s+early\\b|\\b(?:difficult|hard|impossible)\\s+to\\s+(?:give|provide|say|offer|share|estimate|predict)\\b)[^.!?]{0,30}$");
    /** "The ETA is not yet known", "ETA: unknown", "the ETA remains unclear". */
    private static final Pattern ETA_UNKNOWN = Pattern.compile(
            "(?i)^\\s*(?:is|remains|:)?\\s*(?:still\\s+|currently\\s+|not\\s+yet\\s+)?(?:unknown|unclear|uncertain|not\\b|tbd\\b|to\\s+be\\s+determined)");
    private static final Pattern ETA_FOR_CHECKPOINT = Pattern.compile(
            "(?i)^\\s*(for|of)\\s+(the\\s+)?(next\\s+)?(update|checkpoint|status)");

    /** A bounded time: "by 15:00", "within 2 hours", "in the next 30 minutes", "within the hour", "over the next 3 hours". */
    private static final Pattern TIME_BOUND = Pattern.compile("(?i)\\b(?:(?:by|before|at|around|until|till|within|in|under|inside(?:\\s+of)?|no\\s+later\\s+than|over(?=\\s+the\\s+(?:next|coming)\\b))\\s+"
            + QUALIFIER + "(?:" + DURATION + "|" + CLOCK + "|hour\\b|next\\s+hour\\b)"
            // "will be restored shortly after midday": a clock only (after a duration it is mostly a plan's step)
            + "|shortly\\s+after\\s+(?:" + CLOCK + "))");
    /** "Expected downtime: 10 minutes", "estimated time to clear the backlog is 2 hours", "new expected completion time is 21:00 UTC". */
    private static final Pattern EXPECTED_VALUE = Pattern.compile("(?i)\\b(?:expected|estimated)\\s+(?:total\\s+)?(?:time\\s+(?:to|for)\\s+[\\w\\s]{1,40}?|downtime|completion(?:\\s+time)?|resolution(?:\\s+time)?|recovery(?:\\s+time)?|restoration(?:\\s+time)?|fix(?:\\s+time)?|duration)"
            + "\\s*(?:is\\s+(?:now\\s+)?|of\\s+|:\\s*|will\\s+be\\s+)" + QUALIFIER + "(?:" + DURATION + "|" + CLOCK + ")"
            + "|\\b(?:disruption|outage|delays?)\\s+(?:is\\s+|are\\s+)?expected\\s+(?:to\\s+(?:last|continue)\\s+)?until\\s+" + QUALIFIER + "(?:" + CLOCK + ")"
            + "|\\b(?:downtime|completion|resolution|recovery|restoration)\\s+(?:is\\s+)?expected\\s*(?::\\s*|to\\s+be\\s+|at\\s+|by\\s+|in\\s+|within\\s+)?" + QUALIFIER + "(?:" + DURATION + "|" + CLOCK + ")");
    /** "We estimate another hour until they're all processed", "we estimate it will take 2 hours to recover", "another hour or so of downtime". */
    private static final Pattern ESTIMATED_LENGTH = Pattern.compile("(?i)\\b(?:we|i)\\s+(?:now\\s+|currently\\s+)?estimate\\s+(?:that\\s+)?"
            + "(?:it\\s+will\\s+(?:take|be)\\s+)?" + QUALIFIER + "(?:another\\s+|an\\s+additional\\s+)?(?:" + DURATION + ")(?:\\s+and\\s+a\\s+half)?(?:\\s+or\\s+so)?"
            + "\\s+(?:until|before|till|for|to|of\\s+(?:downtime|disruption|outage|maintenance|work|degradation|delays?))\\b");
    /** "which we should know more about within the hour": the time is when we know, not when it is fixed. */
    private static final Pattern KNOW_MORE = Pattern.compile("(?i)\\b(?:know|learn)\\s+more(?:\\s+about(?:\\s+(?:it|this|that))?)?\\s*$");
    /** "This process will allow for rollback within 15 minutes": what a change makes possible, not when the fix lands. */
    private static final Pattern CAPABILITY = Pattern.compile("(?i)\\b(?:allows?(?:\\s+for)?|enables?|lets?\\s+us)\\b");
    private static final Pattern PAST_AUX = Pattern.compile("(?i)\\b(was|were|been|had|has|have|got)\\s+(?:\\w+\\s+)?$");
    private static final Pattern BARE_PROMISE = Pattern.compile(
            "(?i)\\b(fixed|resolved|restored|(?<!\\b(?:check|checking)\\s)back(?:\\s+(?:up|online|to\\s+normal))?|up\\s+and\\s+running|(?:full\\s+)?(?:resolution|recovery|restoration))\\s+"
                    + "(?<time>(?:by|before|within|in|at|around)\\s+(?:about\\s+|approximately\\s+|~\\s*|the\\s+next\\s+)?(?:" + DURATION + "|" + CLOCK
                    + ")|within\\s+the\\s+(?:next\\s+)?hour\\b)");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|(?<!\\d):(?!\\d)|,\\s+(?:and|but|while|so)\\b|\\s+(?:and|but|while)\\s+(?=(?:we|they|it|our|the\\s+team)\\b)");
    /**
     * Cheap pre-check: every promise pattern needs a digit, a clock or duration word, or "ETA";
     * a sentence without any of them is skipped before the costly patterns run.
     */
    private static final Set<String> CLOCK_WORDS = Set.of("eta", "etas", "estimated", "hour", "hours", "hrs", "noon", "midday",
            "midnight", "tonight", "tomorrow", "eod", "cob", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "end");
    private static final Set<String> UNIT_WORDS = Set.of("minute", "minutes", "min", "mins", "day", "days");
    private static final Set<String> NUMBER_WORDS = Stream.concat(Stream.of("a", "an", "another"),
            NumberWords.words().stream()).collect(Collectors.toUnmodifiableSet());

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

    static void check(String plain, Wording.Tense tense, List<Hit> hits) {
        int[] bounds = Wording.sentenceBounds(plain);
        long[] each = Wording.SCAN.scanEach(plain, bounds);
        for (int k = 0; k < each.length; k++) {
            long signals = each[k];
            if ((signals & Wording.PROMISE) == 0 || (signals & (TextScan.DIGIT | Wording.CLOCKISH)) == 0) {
                continue;
            }
            String sentence = plain.substring(bounds[2 * k], bounds[2 * k + 1]);
            if (!mayHoldTime(sentence, signals)
                    || (signals & Wording.STRONG_PROMISE) == 0 && !PromiseWords.WEAK_MARKER.matcher(sentence).find()) {
                continue;
            }
            Found found = find(sentence, tense);
            if (found != null) {
                String words = sentence.substring(found.start(), found.end()).strip();
                hits.add(new Hit(Rule.WORDING_ETA, words, -1, "promises an exact fix time (\"" + words
                        + "\"); promise the next checkpoint instead, e.g. \"Next update at 14:40 UTC\""));
            }
        }
    }

    /**
     * A candidate promise in a sentence: [start, end) and where its time expression starts
     * ({@code timeStart}, -1 when it has none of its own, as "ETA" or a promised length).
     */
    private record Found(int start, int end, int timeStart) {
    }

    /** The first promise of the sentence that is neither an announcement of the next update nor (live) a report of the past. */
    private static Found find(String sentence, Wording.Tense tense) {
        Found eta = etaWord(sentence);
        if (eta != null && !excused(sentence, eta, tense)) {
            return eta;
        }
        Matcher breaks = CLAUSE_BREAK.matcher(sentence);
        int from = 0;
        while (true) {
            boolean more = breaks.find();
            int to = more ? breaks.start() : sentence.length();
            Found p = from < to ? promise(sentence, from, to, tense) : null;
            if (p != null) {
                return p;
            }
            if (!more) {
                return null;
            }
            from = breaks.end();
        }
    }

    /**
     * "Another update will be provided after the fix has been implemented, within the next 30
     * minutes" announces the next message (the grammar checkpoint-mismatch reads); "went back to
     * normal at 13:30 UTC" in a live update reports what happened.
     */
    private static boolean excused(String sentence, Found f, Wording.Tense tense) {
        return UpdateAnnouncement.covers(sentence, f.start(), f.end())
                || tense == Wording.Tense.LIVE && f.timeStart() >= 0 && PastReport.covers(sentence, f.timeStart());
    }

    /** After a weak marker, a past report ("accounts that were locked", "which happened at 03:00") or a plan called off. */
    private static final Pattern WEAK_PAST = Pattern.compile("(?i)\\b(?:was|were|had|happened|failed|took)\\b");
    private static final Pattern WEAK_AFTER = Pattern.compile("(?i)^[^.;!?]{0,12}?\\b(?:since|ago|earlier)\\b|\\b(?:cancel(?:l)?ed|postponed|called\\s+off|not\\s+yet|unrelated|each\\s+(?:day|night|week)|every|as\\s+usual)\\b");

    /**
     * The last weak marker of the head, or null where there is none or the
     * clause reports, calls it off or denies it after the time ("the patch to be deployed at 10:00
     * does not affect this incident").
     */
    private static MatchResult lastWeak(String head, String afterTime) {
        MatchResult last = null;
        for (Matcher m = WEAK_FUTURE.matcher(head); m.find(); ) {
            last = m.toMatchResult();
        }
        boolean reportedOrDenied = last != null && (WEAK_PAST.matcher(head.substring(last.end())).find()
                || WEAK_AFTER.matcher(afterTime).find() || NEGATION.matcher(afterTime).find());
        return reportedOrDenied ? null : last;
    }

    /** "ETA 1h", "Estimated time of resolution: 16:30", "Expected downtime: 10 minutes"; not "no ETA", not "ETA for the next update". */
    private static Found etaWord(String sentence) {
        Matcher e = ETA_WORD.matcher(sentence);
        while (e.find()) {
            String before = sentence.substring(Math.max(0, e.start() - 40), e.start());
            String after = sentence.substring(e.end());
            if (!ETA_NEGATED.matcher(before).find() && !ETA_FOR_CHECKPOINT.matcher(after).find() && !ETA_UNKNOWN.matcher(after).find()) {
                return new Found(e.start(), e.end(), -1);
            }
        }
        Matcher v = EXPECTED_VALUE.matcher(sentence);
        if (v.find() && !NEGATION.matcher(sentence.substring(0, v.start())).find()) {
            return new Found(v.start(), v.end(), -1);
        }
        return null;
    }

    /** The promised fix time in the clause sentence[from, to), or null. */
    private static Found promise(String sentence, int from, int to, Wording.Tense tense) {
        String clause = sentence.substring(from, to);
        Matcher t = TIME_BOUND.matcher(clause);
        while (t.find()) {
            String head = clause.substring(0, t.start());
            if (KNOW_MORE.matcher(head).find()) {
                continue;
            }
            int strong = lastMarker(FUTURE, head);
            MatchResult weak = strong < 0 && tense == Wording.Tense.LIVE ? lastWeak(head, clause.substring(t.end())) : null;
            int future = strong >= 0 ? strong : weak != null ? weak.start() : -1;
            if (future >= 0) {
                String span = head.substring(future);
                // a weak marker needs the fix right after it ("continuing to restore email by midday")
                if (FIX.matcher(strong >= 0 ? head : head.substring(weak.end())).find() && !ABOUT_COMMS.matcher(span).find() && !NEGATION.matcher(head).find()
                        && !CAPABILITY.matcher(span).find() && !MONITORING.matcher(span).find()) {
                    Found f = new Found(from + future, from + t.end(), from + t.start());
                    if (!excused(sentence, f, tense)) {
                        return f;
                    }
                }
                if (strong >= 0) {
                    continue;
                }
            }
            if (tense == Wording.Tense.LIVE) {
                Matcher b = BARE_PROMISE.matcher(clause);
                while (b.find()) {
                    if (!PAST_AUX.matcher(clause.substring(0, b.start())).find()) {
                        Found f = new Found(from + b.start(), from + b.end(), from + b.start("time"));
                        if (!excused(sentence, f, tense)) {
                            return f;
                        }
                    }
                }
            }
        }
        Matcher estimate = ESTIMATED_LENGTH.matcher(clause);
        // "In total, we estimate 45 minutes of disruption" in a closing update looks back
        if (tense == Wording.Tense.LIVE && estimate.find() && !NEGATION.matcher(clause.substring(0, estimate.start())).find()) {
            Found f = new Found(from + estimate.start(), from + estimate.end(), -1);
            if (!excused(sentence, f, tense)) {
                return f;
            }
        }
        for (int[] length : PromisedLength.in(clause)) {
            Found f = new Found(from + length[0], from + length[1], -1);
            if (!excused(sentence, f, tense)) {
                return f;
            }
        }
        return null;
    }
}
