package herald.lint;

import static herald.lint.PromiseWords.ABOUT_COMMS;
import static herald.lint.PromiseWords.CLOCK;
import static herald.lint.PromiseWords.DURATION;
import static herald.lint.PromiseWords.FIX;
import static herald.lint.PromiseWords.FUTURE;
import static herald.lint.PromiseWords.HEDGE_ADVERBS;
import static herald.lint.PromiseWords.HEDGE_VERBS;
import static herald.lint.PromiseWords.IMPACT;
import static herald.lint.PromiseWords.MONITORING;
import static herald.lint.PromiseWords.NEGATION;
import static herald.lint.PromiseWords.QUALIFIER;
import static herald.lint.PromiseWords.SUBJECT_IT;
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
     * A hedged length: "may" or "might" right before "take" or "last", said of the fix, the impact
     * or the backlog ("the remaining backlog may take up to 12 hours to clear"). Not "could" (mostly
     * the past of "can": "during the outage, logins could take up to 5 minutes"), not said of what
     * users do or wait for ("the survey may take about 5 minutes", "it may take 10 minutes for a new
     * password to work"), nor a page's or a journey's time ("might take 2 minutes to load", "may take
     * up to 20 minutes longer"). Also in a closing update, where it looks ahead at what is left.
     * Lower case, or capitalised where the clause starts ("May" is a month).
     */
    private static final Pattern HEDGE_BEFORE = Pattern.compile("(?:\\b(?-i:" + HEDGE_VERBS + ")|^\\s*(?-i:May|Might))\\s+(?:(?-i:" + HEDGE_ADVERBS + ")\\s+)?$");
    private static final Pattern TAKE_OR_LAST = Pattern.compile("(?i)take|last");
    private static final Pattern NOT_THE_FIX = Pattern.compile("(?i)^\\s*(?:longer|extra|more|to\\s+(?:load|open|respond|arrive|appear))\\b");

    /** Each promised length of the clause, as [start, end) in it, in the clause's order. */
    static List<int[]> in(String clause) {
        List<int[]> found = new ArrayList<>();
        Matcher l = LENGTH_BOUND.matcher(clause);
        while (l.find()) {
            String head = clause.substring(0, l.start());
            String tail = clause.substring(l.end());
            int future = lastMarker(FUTURE, head);
            boolean hedged = false;
            if (future < 0 && TAKE_OR_LAST.matcher(l.group()).lookingAt()) {
                Matcher hedge = HEDGE_BEFORE.matcher(head);
                // "restores may take longer than 30 minutes", "a couple of hours", "30 minutes or longer": no promise
                if (hedge.find() && EXACT_AMOUNT.matcher(l.group()).find() && !LOWER_BOUND.matcher(l.group()).find()
                        && !OR_MORE.matcher(tail).lookingAt() && !NOT_THE_FIX.matcher(tail).lookingAt()) {
                    future = hedge.start();
                    hedged = true;
                }
            }
            String span = future >= 0 ? head.substring(future) : "";
            if (future >= 0 && !NEGATION.matcher(head).find() && !ABOUT_COMMS.matcher(span).find() && !MONITORING.matcher(hedged ? head : span).find()
                    // "…continues to recover and has been at normal levels for about 30 minutes" reports; "so such
                    // slowdowns last under 5 minutes in future" sets a goal
                    && !HAS_BEEN.matcher(span).find() && !FROM_NOW_ON.matcher(tail).lookingAt()
                    && (FIX.matcher(head).find() || IMPACT.matcher(head).find() || !hedged && SUBJECT_IT.matcher(head).find()
                    || UNTIL_RECOVERY.matcher(tail).lookingAt())) {
                found.add(new int[] {future, l.end()});
            }
        }
        return found;
    }

    private static final Pattern EXACT_AMOUNT = Pattern.compile("(?i)\\d|\\b" + NumberWords.REGEX + "\\b");
    private static final Pattern LOWER_BOUND = Pattern.compile("(?i)(?<!\\bno\\s)\\b(?:longer|more|over|at\\s+least)\\b");
    private static final Pattern OR_MORE = Pattern.compile("(?i)^\\s*(?:\\+|or\\s+(?:longer|more)\\b|and\\s+up\\b|plus\\b)");

    /**
     * What a promised length runs until, right after it, when that is the recovery: "…to take another
     * 15 - 30 minutes before we reach normal attachment times", "…2 hours to be fully restored", "…2-3
     * hours for the backlog to clear", "…about 2 hours to catch up". Not
     * any end ("15 minutes until your device is back online", "5 days until they are returned to your
     * account", "10 minutes to complete").
     */
    private static final Pattern UNTIL_RECOVERY = Pattern.compile("(?i)^\\s*(?:(?:before|until|till)\\b(?:[^.;!?]{0,40}?)\\b(?:normal|recover(?:s|ed|y)?|restored|resolved)\\b"
            + "|(?:for\\s+[^.;!?]{1,40}?\\s+)?to\\s+(?:be\\s+(?:fully\\s+)?(?:restored|resolved|recovered)|(?:fully\\s+)?(?:recover|catch\\s+up|clear))\\b)");
    private static final Pattern HAS_BEEN = Pattern.compile("(?i)\\b(?:has|have|had)\\s+been\\b");
    private static final Pattern FROM_NOW_ON = Pattern.compile("(?i)^\\s*(?:in\\s+(?:the\\s+)?future|going\\s+forward|from\\s+now\\s+on)\\b");
}
