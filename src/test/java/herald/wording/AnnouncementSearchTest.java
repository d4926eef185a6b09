package herald.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * UpdateAnnouncements tries its pattern only where a lead can start, and only up to the noun:
 * on generated text, from every position, that finds exactly the match (start, end and groups)
 * that the find() over the whole window it replaced found.
 */
class AnnouncementSearchTest {

    @Provide
    Arbitrary<String> texts() {
        return WordingTexts.texts(40);
    }

    @Property(tries = 400)
    void findsWhatFindFound(@ForAll("texts") String text) {
        Matcher fast = UpdateAnnouncements.ANNOUNCEMENT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher find = UpdateAnnouncements.ANNOUNCEMENT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            int from = i;
            int last = Math.min(n - 1, from + 30);
            int to = Math.min(n, last + 50);
            find.region(from, to);
            boolean expected = find.find() && find.start() <= last;
            boolean found = UpdateAnnouncements.firstMatch(fast, text, from, last, to);
            assertEquals(expected, found, () -> "from " + from + " in " + text);
            if (expected) {
                assertEquals(find.start(), fast.start(), text);
                assertEquals(find.end(), fast.end(), text);
                for (int g = 1; g <= find.groupCount(); g++) {
                    assertEquals(find.group(g), fast.group(g), text);
                }
            }
        }
    }

    @Test
    void aLeadIsTriedAtAWordStartWithOneOfTheLeadsFirstLetters() {
        String text = "xnext, zzz update at 14:55 UTC";
        assertEquals(11, UpdateAnnouncements.leadStart(text, 0, 20), "not inside xnext, not at zzz");
        assertEquals(-1, UpdateAnnouncements.leadStart(text, 0, 10));
        Matcher m = UpdateAnnouncements.ANNOUNCEMENT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        assertTrue(UpdateAnnouncements.firstMatch(m, text, 0, 20, text.length()));
        assertEquals("update at 14:55 UTC", m.group());
    }
}
