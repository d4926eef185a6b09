package herald.wording;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a time in a sentence reports the past ("went back to normal at 13:30 UTC", "was fixed
 * at 14:02", "recovered by 13:30", "has been stable since 13:30") rather than promising a fix
 * time: the clause before the time has a verb in the past (a past auxiliary, an irregular past,
 * an -ed verb that is not a plan like "scheduled" or "expected") and no future marker ("will",
 * "should", "expect", "'ll", "going to"). wording-eta skips a match this covers.
 */
public final class PastReport {
    private PastReport() {
    }

    /** Where the clause of a match starts: after ; : or a comma or dash before a new subject or "and"/"but". */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[;:](?!\\d)|[,–—]\\s+(?=(?:and|but|while|so|we|they|it|this|the|our|service|services)\\b)|\\s+(?:and|but|while)\\s+(?=(?:we|they|it|our|the|this)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(?:will|shall|should|would|could|may|might|must|expect(?:s|ed|ing)?|anticipat\\w*|aim(?:s|ing)?|hop(?:e|es|ing)|plan(?:s|ned|ning)?\\s+to|going\\s+to|target\\w*|predict\\w*|projected|likely|estimat\\w*|eta|soon|to\\s+be)\\b|['’]ll\\b");
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:was|were|had|been|did|got|went|came|became|began|fell|rose|took|ran|saw|held|kept|stood|brought|caught|found|made|left|said|told|grew|spent|sent|built|lost|[a-z]{2,}ed)\\b");
    /** -ed words that are plans, states, adjectives or not verbs at all: no report of what happened. */
    private static final Pattern NOT_PAST = Pattern.compile("(?i)scheduled|expected|planned|estimated|projected|anticipated|targeted|intended|needed|required|aimed|hoped|"
            + "proposed|committed|dedicated|based|related|limited|advanced|detailed|need|speed|feed|seed|bed|red|shed|embed|proceed|succeed|exceed|indeed|breed|weed|hundred");
    /**
     * "to get this issue resolved", "we can get it fixed": a participle after a wanted "get" is the
     * goal, not what happened ("Getting the replica promoted brought…" and "GET requests recovered" are reports).
     */
    private static final Pattern CAUSATIVE = Pattern.compile("(?:\\b(?:[Tt]o|can|could|will|would|should|must|may|might)|['’]ll)\\s+get\\s+(?:[\\w'’-]+\\s+){0,3}$");
    /** A time after "since" or "as of" is a report of the state since then. */
    private static final Pattern SINCE = Pattern.compile("(?i)\\b(?:since|as\\s+of)\\s*$");

    /**
     * Whether the time matched at {@code matchStart} in {@code sentence} reports the past. The
     * match starts where the time expression does ("at 13:30 UTC", "by 13:30").
     */
    public static boolean covers(String sentence, int matchStart) {
        if (sentence == null || matchStart <= 0 || matchStart > sentence.length()) {
            return false;
        }
        String head = sentence.substring(clauseStart(sentence, matchStart), matchStart);
        if (FUTURE.matcher(head).find()) {
            return false;
        }
        if (SINCE.matcher(head).find()) {
            return true;
        }
        Matcher p = PAST.matcher(head);
        int subjectless = head.length() - head.stripLeading().length();
        while (p.find()) {
            // "Fixed by 15:00." heads a live update as a promise: a participle without a subject is not a report
            boolean headline = p.start() == subjectless && p.group().toLowerCase(Locale.ROOT).endsWith("ed");
            if (!headline && !NOT_PAST.matcher(p.group()).matches() && !CAUSATIVE.matcher(head.substring(0, p.start())).find()) {
                return true;
            }
        }
        return false;
    }

    private static int clauseStart(String sentence, int matchStart) {
        Matcher b = CLAUSE_BREAK.matcher(sentence);
        int start = 0;
        while (b.find() && b.end() <= matchStart) {
            start = b.end();
        }
        return start;
    }
}
