package herald.announce;

import herald.model.TimeFormats;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Stable ids and the one timestamp format of every payload. An update's id is the same hash of
 * entry id and update time that {@code api/v2} gives the update, so a receiver can match an
 * announcement with the API's {@code incident_updates[].id}.
 */
public final class UpdateIds {
    private static final DateTimeFormatter TIMESTAMP = TimeFormats.API;

    private UpdateIds() {
    }

    /** The id of the update of {@code entryId} at {@code at}, as the Status API writes it. */
    public static String update(String entryId, Instant at) {
        return shortId(entryId + "#" + timestamp(at));
    }

    /** The id of one state change: the same change seen again in the same published state keeps its id. */
    public static String stateChange(String subject, State before, State after, Instant at) {
        return shortId("state:" + subject + ":" + before.id() + ">" + after.id() + "@" + timestamp(at));
    }

    /** RFC 3339 in UTC with milliseconds, the Status API's format: {@code 2026-11-20T14:09:00.000Z}. */
    public static String timestamp(Instant t) {
        return t == null ? null : TIMESTAMP.format(t);
    }

    /** A 12-character id of lower-case letters and digits: the one hash of every id of api/v2 and of the manifest. */
    public static String shortId(String seed) {
        // two independent 64-bit FNV-1a variants: stable across builds and JVMs, cheap, and collisions are not a concern at this size
        long a = 0xcbf29ce484222325L;
        long b = 0x84222325cbf29ce4L;
        for (byte x : seed.getBytes(StandardCharsets.UTF_8)) {
            a = (a ^ (x & 0xff)) * 0x100000001b3L;
            b = (b ^ (x & 0xff)) * 0x100000001b3L + 0x9e3779b97f4a7c15L;
        }
        String s = Long.toUnsignedString(a, 36) + Long.toUnsignedString(b, 36);
        return (s + "000000000000").substring(0, 12).toLowerCase(Locale.ROOT);
    }
}
