package herald.wording;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * checkpoint-mismatch as a text check: every announcement of the next update in a body, resolved
 * to the instant it promises. The rule compares each with the update's {@code next} through
 * {@link Promise#differsFrom}; two different promises in one body each get compared.
 */
public final class CheckpointPromises {
    private CheckpointPromises() {
    }

    /**
     * {@code at}: the update's time ("in 30 minutes" counts from it, and it picks the day of a
     * bare time); {@code siteZone}: the site's display zone. Announcements whose zone or date
     * cannot be read (an ambiguous "IST") are left out rather than guessed.
     */
    public static List<Promise> find(String body, OffsetDateTime at, ZoneId siteZone) {
        List<Announcement> announcements = UpdateAnnouncements.find(body);
        if (announcements.isEmpty()) {
            return List.of();
        }
        List<Promise> out = new ArrayList<>(announcements.size());
        for (Announcement a : announcements) {
            Promise p = PromiseClock.resolve(a, at, siteZone);
            if (p != null) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /** The announcements as written, unresolved: what {@link UpdateAnnouncement} and the evaluation read. */
    public static List<Announcement> announcements(String body) {
        return UpdateAnnouncements.find(body);
    }
}
