package herald.wording;

import herald.wording.Announcement.When;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The announcements of the next update that {@link UpdateAnnouncements}' main pattern does not
 * read, because the time is not after a lead: "We will be back in 10 minutes with an update",
 * "We'll check back in an hour", "More in 30 minutes."
 */
final class ShortAnnouncements {
    private ShortAnnouncements() {
    }

    private static final String AMOUNT = UpdateAnnouncements.AMOUNT;
    /** "10 minutes", "20-30 minutes", "an hour": the groups {@code amount} and {@code unit} that {@link UpdateAnnouncements#when} reads. */
    private static final String SPAN = "(?<amount>" + AMOUNT + "(?:\\s*(?:-|–|to|or)\\s*" + AMOUNT + ")?)\\s*(?<unit>minutes?|mins?|hours?|hrs?)";

    /**
     * The update named after its time: "We will be back in 10 minutes with an update" (the main
     * pattern reads leads that come before the time).
     */
    private static final Pattern BACK_WITH_UPDATE = Pattern.compile("(?i)\\b(?:we|I)(?:['’]ll|\\s+will|\\s+shall)?\\s+(?:be|come|report|check|get)\\s+back"
            // only we come back with an update: "the API should be back in 15 minutes with an update to follow" is a fix time
            + "\\s+(?:to\\s+you\\s+)?(?:in|within)\\s+"
            + "(?:the\\s+next\\s+)?" + SPAN + "\\s+with\\s+"
            + "(?:an?|another|the\\s+next|a\\s+further|further|more|an\\s+additional)\\s+(?:status\\s+)?update\\b");

    /** "We'll check back in an hour", "I will report back within 30 minutes": coming back to tell is the next update. */
    private static final Pattern CHECK_BACK = Pattern.compile("(?i)\\b(?:we|I)(?:['’]ll|\\s+will|\\s+shall)\\s+(?:check|report)\\s+back"
            + "\\s+(?:to\\s+you\\s+|here\\s+)?(?:in|within)\\s+(?:the\\s+next\\s+)?" + SPAN + "\\b");

    /** A sentence that is only the promise: "More information in the next 20 minutes.", "More in 30 minutes." */
    private static final Pattern MORE_SOON = Pattern.compile("(?:^|(?<=[.!?:]\\s{1,3})|(?<=\\n))More(?:\\s+(?:information|details|updates?))?(?:\\s+to\\s+follow)?"
            + "\\s+(?:in|within)\\s+(?:the\\s+next\\s+)?" + SPAN + "\\b");

    /** Adds the announcements of {@link #BACK_WITH_UPDATE}, {@link #CHECK_BACK} and {@link #MORE_SOON} that overlap none of {@code out}, in text order. */
    static void add(String text, List<Announcement> out) {
        if (text.indexOf("back") >= 0 || text.indexOf("Back") >= 0 || text.indexOf("BACK") >= 0) {
            // BACK_WITH_UPDATE needs "update", found by the same scan as the main pattern's nouns
            if (UpdateAnnouncements.nextNoun(text, 0) >= 0) {
                addEach(BACK_WITH_UPDATE.matcher(text), text, out);
            }
            addEach(CHECK_BACK.matcher(text), text, out);
        }
        if (text.indexOf("More") >= 0) {
            addEach(MORE_SOON.matcher(text), text, out);
        }
        out.sort(Comparator.comparingInt(Announcement::start));
    }

    private static void addEach(Matcher b, String text, List<Announcement> out) {
        while (b.find()) {
            int start = b.start();
            int end = b.end();
            if (out.stream().anyMatch(a -> a.start() < end && start < a.end())) {
                continue;
            }
            When when = UpdateAnnouncements.when(b);
            if (when != null) {
                out.add(new Announcement(start, end, text.substring(start, end), when));
            }
        }
    }
}
