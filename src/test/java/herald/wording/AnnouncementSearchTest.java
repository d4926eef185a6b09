package herald.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * AnnouncementSearch tries the announcement pattern only where a lead can start, and only up to the noun:
 * on generated text, from every position, that finds exactly the match (start, end and groups)
 * that the find() over the whole window it replaced found.
 */
class AnnouncementSearchTest {

    @Test
    void findsWhatFindFound() {
        for (long seed = 0; seed < 1000; seed++) {
            findsWhatFindFound(WordingTexts.text(seed, 40), seed);
        }
    }

    private static void findsWhatFindFound(String text, long seed) {
        Matcher fast = UpdateAnnouncements.ANNOUNCEMENT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher find = UpdateAnnouncements.ANNOUNCEMENT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            int from = i;
            int last = Math.min(n - 1, from + 30);
            int to = Math.min(n, last + 50);
            find.region(from, to);
            boolean expected = find.find() && find.start() <= last;
            boolean found = AnnouncementSearch.firstMatch(fast, text, from, last, to);
            assertEquals(expected, found, () -> "seed " + seed + ", from " + from + " in " + text);
            if (expected) {
                assertEquals(find.start(), fast.start(), "seed " + seed);
                assertEquals(find.end(), fast.end(), "seed " + seed);
                for (int g = 1; g <= find.groupCount(); g++) {
                    assertEquals(find.group(g), fast.group(g), "seed " + seed);
                }
            }
        }
    }

    @Test
    void aLeadIsTriedAtAWordStartWithOneOfTheLeadsFirstLetters() {
        String text = "xnext, zzz update at 14:55 UTC";
        assertEquals(11, AnnouncementSearch.leadStart(text, 0, 20), "not inside xnext, not at zzz");
        assertEquals(-1, AnnouncementSearch.leadStart(text, 0, 10));
        Matcher m = UpdateAnnouncements.ANNOUNCEMENT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        assertTrue(AnnouncementSearch.firstMatch(m, text, 0, 20, text.length()));
        assertEquals("update at 14:55 UTC", m.group());
    }
}
