package herald.wording;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A wording-eta match that is the time of the next update is no fix-time promise. */
class UpdateAnnouncementTest {

    private static boolean covers(String text, String match) {
        int start = text.indexOf(match);
        return UpdateAnnouncement.covers(text, start, start + match.length());
    }

    @Test
    void theNextUpdateAfterTheFixIsAnAnnouncement() {
        String text = "Another update will be provided after the fix has been implemented, within the next 30 minutes.";
        assertTrue(covers(text, "will be provided after the fix has been implemented, within the next 30 minutes"));
    }

    @Test
    void aFixTimeBesideAnAnnouncementIsStillAPromise() {
        String text = "We expect the fix to be deployed within 2 hours; next update in 30 minutes.";
        assertFalse(covers(text, "expect the fix to be deployed within 2 hours"));
        assertTrue(covers(text, "in 30 minutes"));
    }

    @Test
    void aFixTimeAloneIsNoAnnouncement() {
        assertFalse(covers("We expect a fix in 30 minutes.", "expect a fix in 30 minutes"));
        assertFalse(covers("We will provide an update once the fix is deployed, which we expect within 30 minutes.",
                "expect within 30 minutes"));
    }

    @Test
    void badRangesAreNoAnnouncement() {
        assertFalse(UpdateAnnouncement.covers("Next update in 30 minutes.", 5, 2));
        assertFalse(UpdateAnnouncement.covers(null, 0, 1));
    }
}
