package herald.lint;

import static herald.lint.PromiseWords.ABOUT_COMMS;
import static herald.lint.PromiseWords.CLOCK;
import static herald.lint.PromiseWords.DURATION;
import static herald.lint.PromiseWords.FIX;
import static herald.lint.PromiseWords.FUTURE;
import static herald.lint.PromiseWords.IMPACT;
import static herald.lint.PromiseWords.NEGATION;
import static herald.lint.PromiseWords.QUALIFIER;
import static herald.lint.PromiseWords.SUBJECT_IT;
import static herald.lint.PromiseWords.WEAK_FUTURE;
import static herald.lint.PromiseWords.lastMarker;

import herald.wording.NumberWords;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The promised lengths of wording-eta: "will take 3 hours", "may take up to 12 hours to clear",
 * "expected to last until 19:00", "impacted for another 30 minutes". A length is a promise when a
 * marker of the future (or a hedge right before "take" or "last") says it lies ahead and the clause
 * says what it is the length of: the fix, the impact, or "it".
 */
final class PromisedLength {
    private PromisedLength() {
    }

    /** A promised length: "will take 3 hours", "to take up to 2 hours", "last until 19:00", "impacted for another 30 minutes". */
    private static final Pattern LENGTH_BOUND = Pattern.compile("(?i)\\b(?:(?:take|last|require|need|run)\\s+(?:(?!(?:every|each|per)\\b)\\w+\\s+){0,2}?" + QUALIFIER
            + "(?:(?:another|more\\s+than|no\\s+more\\s+than|about|around|approximately|up\\s+to)\\s+)?(?:" + DURATION + ")"
            + "|(?:last|continue|persist|run)\\s+until\\s+" + QUALIFIER + "(?:" + CLOCK + ")"
            + "|for\\s+(?:another|approximately|about|around|roughly|up\\s+to|the\\s+next)\\s+(?:" + DURATION + "))");
    /**
     * A hedged length, the modal right before "take" or "last": "may take up to 12 hours to clear".
     * Nowhere else: a hedge on what users do or see ("you may need to restart the app within 24
     * hours", "notifications may be delayed for up to 10 minutes") or "could" as the past of "can"
     * is no estimate of the fix; capitalised only where the clause starts ("May" is a month).
     */
    private static final String HEDGE = "(?:\\b(?-i:may|might|could)|^\\s*(?-i:May|Might|Could))\\s+(?:(?-i:still|also|well)\\s+)?";
    private static final Pattern HEDGE_BEFORE = Pattern.compile(HEDGE + "$");
    /** "Slowness may continue for approximately 1 hour". */
    private static final Pattern HEDGE_GOING_ON = Pattern.compile(HEDGE + "(?:continue|persist)\\s+$");
    private static final Pattern TAKE_OR_LAST = Pattern.compile("(?i)take|last");
    private static final Pattern FOR = Pattern.compile("(?i)for\\b");

    /** Each promised length of the clause, as [start, end) in it, in the clause's order. */
    static List<int[]> in(String clause) {
        List<int[]> found = new ArrayList<>();
        Matcher l = LENGTH_BOUND.matcher(clause);
        while (l.find()) {
            String head = clause.substring(0, l.start());
            String tail = clause.substring(l.end());
            int strong = lastMarker(FUTURE, head);
            int future = strong >= 0 ? strong : lastMarker(WEAK_FUTURE, head);
            Matcher hedge = (FOR.matcher(l.group()).lookingAt() ? HEDGE_GOING_ON : HEDGE_BEFORE).matcher(head);
            boolean hedged = future < 0 && (TAKE_OR_LAST.matcher(l.group()).lookingAt() || FOR.matcher(l.group()).lookingAt()) && hedge.find();
            if (hedged) {
                // "restores may take longer than 30 minutes", "a couple of hours", "30 minutes or longer": no promise
                if (!EXACT_AMOUNT.matcher(l.group()).find() || LOWER_BOUND.matcher(l.group()).find() || OR_MORE.matcher(tail).lookingAt()) {
                    continue;
                }
                future = hedge.start();
            }
            // the fix or the impact is said of the subject (before a hedge) or, for a weak marker, after it
            String about = strong >= 0 || hedged ? head : future >= 0 ? head.substring(future) : "";
            if (future >= 0 && !NEGATION.matcher(head).find() && !ABOUT_COMMS.matcher(head.substring(future)).find()
                    // "…continues to recover and has been at normal levels for about 30 minutes" reports; "so such
                    // slowdowns last under 5 minutes in future" sets a goal
                    && !HAS_BEEN.matcher(head.substring(future)).find() && !FROM_NOW_ON.matcher(tail).lookingAt()
                    && (FIX.matcher(about).find() || IMPACT.matcher(about).find() || SUBJECT_IT.matcher(about).find()
                    || fixFollows(tail, TAKE_OR_LAST.matcher(l.group()).lookingAt()))) {
                found.add(new int[] {future, l.end()});
            }
        }
        return found;
    }

    private static final Pattern EXACT_AMOUNT = Pattern.compile("(?i)\\d|\\b" + NumberWords.REGEX + "\\b");
    private static final Pattern LOWER_BOUND = Pattern.compile("(?i)(?<!\\bno\\s)\\b(?:longer|more|over|at\\s+least)\\b");
    private static final Pattern OR_MORE = Pattern.compile("(?i)^\\s*(?:\\+|or\\s+(?:longer|more)\\b|and\\s+up\\b|plus\\b)");

    /**
     * What a promised length runs until, right after it: "…to take another 15 - 30 minutes before
     * we reach normal attachment times", "…2 hours to be fully restored". Not any "to" and a verb
     * ("45 minutes to complete the online module", "3-5 days to be returned to your account").
     */
    private static final Pattern UNTIL_AFTER = Pattern.compile("(?i)^\\s*(?:(?:before|until|till)\\b[^.;!?]{0,40}"
            + "|to\\s+(?:be\\s+)?(?:fully\\s+)?(?:restored|fixed|resolved|recovered|back|normal|clear(?:ed)?|caught\\s+up|operational)\\b)");
    /** After "take" or "last" (not a person's "need"), the work's end too: "will take about 2 hours to finish". */
    private static final Pattern TO_FINISH = Pattern.compile("(?i)^\\s*to\\s+(?:fully\\s+)?(?:finish|complete|catch\\s+up|recover)\\b");
    private static final Pattern HAS_BEEN = Pattern.compile("(?i)\\b(?:has|have|had)\\s+been\\b");
    private static final Pattern FROM_NOW_ON = Pattern.compile("(?i)^\\s*(?:in\\s+(?:the\\s+)?future|going\\s+forward|from\\s+now\\s+on)\\b");

    private static boolean fixFollows(String tail, boolean takeOrLast) {
        Matcher until = UNTIL_AFTER.matcher(tail);
        return until.lookingAt() && FIX.matcher(until.group()).find() || takeOrLast && TO_FINISH.matcher(tail).lookingAt();
    }
}
