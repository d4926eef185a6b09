package herald.wording;

import herald.wording.Announcement.After;
import herald.wording.Announcement.At;
import herald.wording.Announcement.When;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every announcement of the next update in a text: "Next update at 14:55 UTC", "next
 * checkpoint 15:10 CET", "we will update you by 16:00", "We'll provide another update within the
 * next 30 minutes", "an update on 28 Nov at 09:00 UTC". Only announcements of an update count: a
 * fix time ("we expect a fix in 30 minutes") is wording-eta's business, and a time that follows
 * "expected" or "should" is that even inside an update sentence.
 */
final class UpdateAnnouncements {
    private UpdateAnnouncements() {
    }

    private static final String UPDATE = "(?:update|checkpoint)";
    /** "Next update", "the next checkpoint", "our next status update". */
    private static final String NEXT_LEAD = "(?<next>\\b(?:(?:the|our)\\s+)?next\\s+(?:(?:status|public|progress)\\s+)?" + UPDATE + ")";
    private static final String WE_WILL = "\\b(?:we|i)(?:\\s*['’]ll|\\s+will|\\s+shall|\\s+are\\s+going\\s+to|\\s+plan\\s+to|\\s+intend\\s+to)\\s+";
    /**
     * "we will update you", "We'll update this incident", "we will update again", "We will update
     * in one hour" (the verb alone, right before its time), "We'll be back with another update".
     */
    private static final String VERB_LEAD = "(?<verb>" + WE_WILL + "(?:(?:\\w+\\s+){0,2}?"
            + "update\\s+(?:you|this\\s+(?:page|incident|post|status)|the\\s+(?:status\\s+page|incident|page|status)|everyone|customers|users|again|here|further)\\b"
            + "|(?:(?:also|again|further)\\s+)?update(?=\\s+(?:in|within|by|at|around|before|no\\s+later\\s+than)\\b)"
            + "|(?:be|come|check|report)\\s+back\\s+(?:to\\s+you\\s+)?with\\s+(?:an?|another|a\\s+further|further|more|an\\s+additional)\\s+(?:(?:status|progress)\\s+)?update\\b))";
    /** "an update", "another update", "a more detailed status update", "further updates", "more information" (Google Cloud's). */
    private static final String NOUN_LEAD = "(?<noun>\\b(?:(?:an?|another|a\\s+further|further|an?\\s+additional|additional|more|the\\s+next|our\\s+next|the|our)\\s+)?"
            + "(?:(?:more\\s+)?(?:detailed|full|brief|short|quick|public|status|progress|further|new)\\s+){0,2}" + UPDATE + "s?\\b"
            + "|\\b(?:more|further|additional)\\s+(?:information|details)\\b)";
    private static final String PASSIVE = "(?:(?:will|shall|should|is\\s+going\\s+to)\\s+(?:be\\s+)?(?:provided|posted|shared|sent|published|given|issued|made(?:\\s+available)?|available|out|up|follow|come|arrive)"
            + "|(?:is\\s+|will\\s+be\\s+)?(?:expected|scheduled|planned|due)|to\\s+follow|will\\s+be|is)\\b";
    /** What may stand between the lead and the time: a passive, "on our progress", "after the fix has been implemented,". */
    private static final String GAP = "(?<passive>\\s+" + PASSIVE + ")?"
            + "(?:\\s+(?:on|about|regarding|to|for|here|with)\\b(?:\\s+(?!(?:at|by|in|within|on|around|before)\\b)[\\w'’-]+){0,4}?)?"
            + "(?:\\s*,?\\s+(?:after|once|when|as\\s+soon\\s+as)\\b(?:(?!\\b(?:expect|estimat|anticipat|should|likely|eta\\b|predict))[^.;:!?\\n]){0,80}?,?)?"
            + "(?<sep>\\s*[:–—-]?\\s*)";
    private static final String PREP = "(?<prep>(?:at|by|around|before|no\\s+later\\s+than|until|till|on|in|within|after|every)\\s+)?"
            + "(?:(?:approximately|approx\\.?|about|around|roughly|~)\\s*)?";
    private static final String WORD_NUMBER = "(?:" + NumberWords.REGEX + "|half\\s+an?|an?)";
    static final String AMOUNT = "(?:\\d+(?:\\.\\d+)?|" + WORD_NUMBER + ")";
    private static final String RELATIVE = "(?:(?:the\\s+next|the\\s+coming|another|less\\s+than|no\\s+more\\s+than|under|about|approximately|around|roughly)\\s+)?"
            + "(?<amount>" + AMOUNT + "(?:\\s*(?:-|–|to|or)\\s*" + AMOUNT + ")?)\\s*(?<unit>minutes?|mins?|m|hours?|hrs?|h)\\b";
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String WEEKDAY = "(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?";
    private static final String DATE = "(?:(?:" + WEEKDAY + "\\.?,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?(?:,?\\s+\\d{4})?"
            + "|" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2})|tomorrow(?:\\s+(?:morning|afternoon|evening))?|today|tonight|"
            + "(?:mon|tues|wednes|thurs|fri|satur|sun)day)";
    private static final String CLOCK = "(?:(?<hh>[01]?\\d|2[0-3])[:.](?<mm>[0-5]\\d)(?::[0-5]\\d)?(?:\\s*(?<ap>[ap])\\.?\\s?m\\b\\.?)?"
            + "|(?<hh12>1[0-2]|0?[1-9])\\s*(?<ap12>[ap])\\.?\\s?m\\b\\.?|(?<noon>noon|midnight))";
    /** "US/Pacific", "Europe/Berlin", "America/Argentina/Buenos_Aires": an area, not a pair of abbreviations ("UTC/GMT" reads as UTC). */
    private static final String IANA_ZONE = "(?-i:(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc|US|Canada|Mexico|Brazil|Chile)"
            + "/[A-Za-z_]+(?:/[A-Za-z_]+)?)";
    private static final String ZONE = "(?<zone>" + IANA_ZONE + "|(?-i:UTC|GMT|UT)(?:\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?)?|(?<=\\s)[+-](?:0\\d|1[0-4]):?(?:00|30|45)\\b(?!\\s*(?-i:UTC|GMT|[A-Z]{2,5}\\b))|(?-i:Z)\\b|\\((?-i:[A-Z]{2,5})\\)|(?-i:[A-Z]{2,5})\\b)";
    private static final String DATED = "(?:(?<d1>" + DATE + ")\\s*,?\\s*(?:at\\s+)?)?" + CLOCK + "(?:\\s*" + ZONE + ")?(?:\\s*,?\\s*(?:on\\s+)?(?<d2>" + DATE + ")\\b)?";
    static final Pattern ANNOUNCEMENT = Pattern.compile("(?i)(?:" + NEXT_LEAD + "|" + VERB_LEAD + "|" + NOUN_LEAD + ")" + GAP + PREP
            + "(?:" + RELATIVE + "|" + DATED + ")(?![\\w:])");
    /** A noun lead is an announcement only after a verb of telling ("provide", "post", "expect") … */
    private static final Pattern TELLING_BEFORE = Pattern.compile(
            "(?i)\\b(?:provide|post|share|send|publish|give|issue|have|expect|receive|look\\s+for|follow\\s+up\\s+with|put\\s+out|offer|continue\\s+to\\s+provide|continue\\s+to\\s+post)(?:s|ed|ing)?\\s+(?:you\\s+|users\\s+|customers\\s+|everyone\\s+)?(?:with\\s+)?$");

    private static final Pattern INFO_TIME_NEXT = Pattern.compile(
            "(?i)\\s+(?:(?:will|shall)\\s+be\\s+(?:provided|shared|posted|published|available)\\s+)?(?:by|at|in|within|around|before|no\\s+later\\s+than|tomorrow|today|tonight)\\b");
    private static final Pattern OTHER_CHANNEL = Pattern.compile(
            "(?i)\\s*,?\\s*(?:in|on|during|via|through|at|by|to)\\s+(?:the\\s+|a\\s+|an\\s+|our\\s+)?(?:[\\w-]+\\s+){0,2}?"
            + "(?:postmortem|post-mortem|blog|call|webinar|e-?mail|newsletter|report|review|meeting|article|forum|community|briefing|owners?|admins?)\\b");
    /** The verb's object after its time: "We will update in 5 minutes the DNS records". */
    private static final Pattern OBJECT_AFTER = Pattern.compile("(?i)\\s+(?:the|all|each|every|our|your|its|their|any)\\b");

    /** A promise to tell, right before "more information": "we will provide", "We'll share". */
    private static final Pattern PROMISED_BEFORE = Pattern.compile(
            "(?i)(?:\\bwill|\\bshall|['’]ll)\\s+(?:\\w+\\s+)?(?:provide|post|share|send|publish|give|have)\\s+(?:you\\s+|users\\s+|customers\\s+)?(?:with\\s+)?$");

    /** How far before its noun ("update", "checkpoint") an announcement may start, and how far after it may end. */
    private static final int LEAD_BEFORE = 70;
    private static final int TIME_AFTER = 240;

    /** The index of the next "update", "checkpoint", "information" or "details" (any case) from {@code from}, or -1. */
    static int nextNoun(String text, int from) {
        int n = text.length();
        for (int i = from; i + 6 <= n; i++) {
            char c = (char) (text.charAt(i) | 32);
            if (c == 'u' && text.regionMatches(true, i, "update", 0, 6) || c == 'c' && text.regionMatches(true, i, "checkpoint", 0, 10)
                    || c == 'i' && text.regionMatches(true, i, "information", 0, 11) || c == 'd' && text.regionMatches(true, i, "details", 0, 7)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * One matcher per thread (the lint checks files in parallel), reset for each text: a new one
     * per text cost its allocation and, from Java 20, a copy of the pattern's group names.
     */
    private static final ThreadLocal<Matcher> MATCHER = ThreadLocal.withInitial(
            () -> ANNOUNCEMENT.matcher("").useTransparentBounds(true).useAnchoringBounds(false));

    /** Whether a time can follow: a digit, or an hour, minute, noon or midnight word. */
    private static boolean timeAhead(String text, int from) {
        int to = Math.min(text.length(), from + TIME_AFTER);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
            char l = (char) (c | 32);
            if ((l == 'h' && text.regionMatches(true, i, "hour", 0, 4)) || (l == 'm' && (text.regionMatches(true, i, "min", 0, 3)
                    || text.regionMatches(true, i, "midnight", 0, 8))) || (l == 'n' && text.regionMatches(true, i, "noon", 0, 4))) {
                return true;
            }
        }
        return false;
    }

    /** Compiled once: an announcement's amount ("20-30", "20 to 30") and the spaces inside a word number. */
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("\\s*(?:-|–|\\bto\\b|\\bor\\b)\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The pattern runs only around each "update" or "checkpoint" that has a time ahead of it,
     * in a window of a few hundred characters: most bodies have none, and a long one costs what
     * its announcements cost.
     */
    static List<Announcement> find(String text) {
        if (text == null) {
            return List.of();
        }
        List<Announcement> out = new ArrayList<>(0);
        Matcher m = MATCHER.get().reset(text);
        int taken = 0;
        for (int k = nextNoun(text, 0); k >= 0; k = nextNoun(text, k + 1)) {
            if (k < taken || !timeAhead(text, k)) {
                continue;
            }
            int to = Math.min(text.length(), k + TIME_AFTER);
            int pos = Math.max(taken, k - LEAD_BEFORE);
            while (pos <= k) {
                if (!AnnouncementSearch.firstMatch(m, text, pos, k, to)) {
                    break;
                }
                pos = m.start() + 1;
                if (m.end() <= k || !accepted(text, m)) {
                    continue;
                }
                When when = when(m);
                if (when != null) {
                    out.add(new Announcement(m.start(), m.end(), text.substring(m.start(), m.end()), when));
                    taken = m.end();
                    break;
                }
            }
        }
        ShortAnnouncements.add(text, out);
        return List.copyOf(out);
    }

    private static boolean accepted(String text, Matcher m) {
        String before = text.substring(Math.max(0, m.start() - 60), m.start());
        if (m.group("noun") != null && m.group("passive") == null && !TELLING_BEFORE.matcher(before).find()) {
            return false;
        }
        // "We will provide more information by 16:05" and "More details will be provided within 60 minutes" announce
        // the next update; "We have more information at 15:00", "more information to account owners within 24 hours" and
        // "more details at 16:00 UTC on our blog" do not: the time must follow at once, and no other channel after it
        String noun = m.group("noun");
        if (noun != null && (noun.endsWith("information") || noun.endsWith("details"))) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 80));
            if (m.group("passive") == null && !PROMISED_BEFORE.matcher(before).find()
                    || !INFO_TIME_NEXT.matcher(text.substring(m.end("noun"), m.end())).lookingAt() || OTHER_CHANNEL.matcher(after).lookingAt()) {
                return false;
            }
        }
        // "We will update in one hour", not "We will update in 5 minutes the DNS records"
        String verb = m.group("verb");
        if (verb != null && verb.regionMatches(true, verb.length() - 6, "update", 0, 6) && OBJECT_AFTER.matcher(text.substring(m.end())).lookingAt()) {
            return false;
        }
        String prep = m.group("prep") == null ? "" : m.group("prep").strip().toLowerCase(Locale.ROOT);
        boolean relative = m.group("amount") != null;
        if (relative) {
            return prep.equals("in") || prep.equals("within") || prep.equals("after") || prep.equals("every");
        }
        if (!prep.isEmpty()) {
            return !prep.equals("in") && !prep.equals("within") && !prep.equals("every");
        }
        // "Next update 14:55 UTC", "Next checkpoint: 15:10", "an update tomorrow at 09:00", "Next update will be 15:00"
        if (m.group("d1") != null || m.group("passive") != null) {
            return true;
        }
        return m.group("next") != null && m.end("next") == m.start("sep");
    }

    /** A year: a longer delay is no promise of a next update. */
    private static final double LONGEST_DELAY_SECONDS = Duration.ofDays(366).toSeconds();

    static When when(Matcher m) {
        if (m.group("amount") != null) {
            return after(m.group("amount"), m.group("unit"));
        }
        LocalTime time = clock(m);
        if (time == null) {
            return null;
        }
        String date = m.group("d1") != null ? m.group("d1") : m.group("d2");
        String zone = m.group("zone");
        return new At(time, zone == null ? null : zone.replace("(", "").replace(")", "").strip(), date == null ? null : date.strip());
    }

    /** "30" minutes, "20-30" minutes (the latest), "an" hour; null for no time or one past a year. */
    private static When after(String amountText, String unitText) {
        Duration unit = unitText.toLowerCase(Locale.ROOT).startsWith("h") ? Duration.ofHours(1) : Duration.ofMinutes(1);
        double amount = largestAmount(amountText);
        double seconds = amount * unit.toSeconds();
        // "in 99999999999999999999 minutes" is no time anyone can wait for (and would overflow an Instant)
        return amount <= 0 || seconds > LONGEST_DELAY_SECONDS ? null : new After(Duration.ofSeconds(Math.round(seconds)));
    }

    private static LocalTime clock(Matcher m) {
        if (m.group("noon") != null) {
            return m.group("noon").equalsIgnoreCase("noon") ? LocalTime.NOON : LocalTime.MIDNIGHT;
        }
        int hour;
        int minute = 0;
        String ap;
        if (m.group("hh") != null) {
            hour = Integer.parseInt(m.group("hh"));
            minute = Integer.parseInt(m.group("mm"));
            ap = m.group("ap");
        } else {
            hour = Integer.parseInt(m.group("hh12"));
            ap = m.group("ap12");
        }
        if (ap != null) {
            if (hour == 0 || hour > 12) {
                return null; // "14:00 pm" names no time
            }
            boolean pm = ap.equalsIgnoreCase("p");
            hour = hour == 12 ? (pm ? 12 : 0) : (pm ? hour + 12 : hour);
        }
        return LocalTime.of(hour, minute);
    }

    /** "30" -> 30, "30-45" -> 45 (the latest time promised), "twenty-five" -> 25, "an" -> 1, "half an" -> 0.5. */
    private static double largestAmount(String amount) {
        int word = NumberWords.value(amount);
        if (word > 0) {
            return word; // before the split at '-': a compound, not a range
        }
        double best = 0;
        for (String part : RANGE_SEPARATOR.split(amount.toLowerCase(Locale.ROOT))) {
            best = Math.max(best, amountOf(part.strip()));
        }
        return best;
    }

    private static double amountOf(String word) {
        if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
            return Double.parseDouble(word);
        }
        return switch (SPACES.matcher(word).replaceAll(" ")) {
            case "a", "an" -> 1;
            case "half a", "half an" -> 0.5;
            default -> Math.max(0, NumberWords.value(word));
        };
    }
}
