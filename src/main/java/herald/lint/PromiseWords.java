package herald.lint;

import herald.wording.NumberWords;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words wording-eta reads promises with ({@link EtaWording} for times, {@link PromisedLength}
 * for lengths): amounts, clock times, the markers of the future, the words of a fix and of an
 * impact, and the words that make a time about the next message instead.
 */
final class PromiseWords {
    private PromiseWords() {
    }

    private static final String WORD_NUMBER = "(?:" + NumberWords.REGEX + "|an?|half\\s+an?|a\\s+half|(?:a\\s+)?couple\\s+of|another)";
    private static final String AMOUNT = "(?:\\d+(?:\\.\\d+)?|" + WORD_NUMBER + ")(?:\\s*(?:-|–|to|or|and)\\s*\\d+(?:\\.\\d+)?)?";
    /** "30 minutes", "2-3 hours", "15 and 30 minutes" (after "between"), "2 more minutes". */
    static final String DURATION = AMOUNT + "\\s*\\+?\\s*(?:(?:more|additional|further)\\s+)?(?:minutes?|mins?|m|hours?|hrs?|h|days?)\\b";
    static final String CLOCK = "(?:(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))?|(?:1[0-2]|0?[1-9])\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))(?:\\s*(?:UTC|GMT|Z|[A-Z]{2,4}T))?"
            + "|noon|midday|midnight|(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:day|business\\s+day|week)|EOD|COB|close\\s+of\\s+business|tonight|tomorrow(?:\\s+(?:morning|afternoon|evening))?"
            + "|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    static final String QUALIFIER = "(?:the\\s+next\\s+|the\\s+coming\\s+|the\\s+|between\\s+|about\\s+|approximately\\s+|approx\\.?\\s+|roughly\\s+|around\\s+|less\\s+than\\s+|under\\s+|up\\s+to\\s+|~\\s*|<\\s*)?";
    static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(will|shall|should|expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|aim(?:s|ing)?|on\\s+track|hop(?:e|es|ing)|estimat(?:e|es|ed)|plan(?:s|ned)?\\s+to|going\\s+to|targeting|target(?:s|ed)?\\s+(?:is|of|for|to|time|date)|our\\s+target|predict(?:s|ed)?|projected|likely)\\b|'ll\\b|’ll\\b");
    /**
     * Work under way or planned, in live text only, where the clause has none of {@link #FUTURE} (so
     * the words quoted stay as they were) and with the fix right after the marker: "continuing to
     * restore email by midday", "the patch to be deployed at approximately 10pm". Not "continue to
     * see", "working to get more engineers on site", a fix someone else is asked to apply ("we asked
     * for the fix to be applied at 10:00"), nor a past report after it ({@link EtaWording}).
     */
    static final Pattern WEAK_FUTURE = Pattern.compile("(?i)\\b(?:working|continu(?:e|es|ing))\\s+to(?=\\s+(?:restore|fix|resolve|recover|repair|mitigate)\\b)"
            + "|(?<!\\b(?:needs?|needed|requires?|wants?|asked for) (?:the |a )?)\\b(?:patch|fix|hotfix)\\s+to\\s+be(?=\\s+(?:deployed|released|applied)\\b)");
    /** The modal verbs of a hedged length, and the adverbs that may follow them ({@link PromisedLength}). */
    static final String HEDGE_VERBS = "may|might";
    static final String HEDGE_ADVERBS = "still|also|well";
    /**
     * A sentence whose only promise literals are the weak ones can promise only through a weak
     * marker or a hedged length ({@link PromisedLength}): one search settles most of them.
     */
    static final Pattern WEAK_MARKER = Pattern.compile(WEAK_FUTURE.pattern()
            + "|(?i:\\b(?:" + HEDGE_VERBS + ")\\s+(?:(?:" + HEDGE_ADVERBS + ")\\s+)?(?:take|last)\\b)");
    static final Pattern FIX = Pattern.compile(
            "(?i)\\b(fix(?:ed|es)?|hotfix|resolv(?:e|ed|es|ing)|resolution|restor(?:e|ed|es|ing|ation)|recover(?:y|ed|s|ing)?|back\\b|return(?:s|ed|ing)?\\b|mitigat(?:e|ed|es|ion)|deploy(?:ed|ing|ment)?|roll(?:ed|ing)?[ -]?(?:back|out)|rollout|available|availability|operational|up\\s+and\\s+running|working|normal|healthy|online|caught\\s+up|implement(?:ed|ing)?|clear(?:ed)?|stable|functional|consistent|complete(?:d)?|finish(?:ed)?|done|repair(?:ed)?|service|backlog|catch\\s+up)\\b");
    static final Pattern IMPACT = Pattern.compile(
            "(?i)\\b(impact(?:ed)?|degrad(?:ed|ation)|unavailab(?:le|ility)|down|downtime|slow(?:downs?|ness)?|delay(?:ed|s)?|outage|disruption|maintenance|affected|intermittent)\\b");
    /** Words that make the time bound about the next message, not the fix. */
    static final Pattern ABOUT_COMMS = Pattern.compile(
            "(?i)\\b(updates?|checkpoints?|post(?:s|ed|ing)?|postmortem|post-mortem|write[- ]?up|report|rca|retrospective|review|details|information|info|communication|news|notif(?:y|ication)|message|status\\s+page|share|publish)\\b");
    /** "We will keep monitoring the service over the next 30 minutes": watching is no promise of the fix. */
    static final Pattern MONITORING = Pattern.compile("(?i)\\b(?:monitor(?:s|ing)?|watch(?:es|ing)?|observ(?:e|es|ing)|keep\\s+an\\s+eye)\\b");
    static final Pattern SUBJECT_IT = Pattern.compile("(?i)\\b(this|it)\\b");
    private static final Pattern PAST_EXPECTATION = Pattern.compile("(?i)\\b(than|as|was|were|had|been)\\s+$");
    static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|no|never|unable|cannot|dont)\\b|n['’]t\\b");

    /** Where the last of {@code markers} in {@code head} starts, or -1. */
    static int lastMarker(Pattern markers, String head) {
        Matcher f = markers.matcher(head);
        int future = -1;
        while (f.find()) {
            // "longer than expected", "as expected", "was expected" look back, not ahead
            if (!PAST_EXPECTATION.matcher(head.substring(0, f.start())).find()) {
                future = f.start();
            }
        }
        return future;
    }
}
