package herald.cli;

import herald.author.Author;
import herald.content.Timestamps;
import java.time.OffsetDateTime;

/** The one parser of the time options (--now, --at, --triggered, --start, --end). */
final class Times {
    private Times() {
    }

    /**
     * An ISO-8601 timestamp with an offset; with {@code acceptsNow}, also "now": the clock, to the
     * minute, in UTC (as authoring commands write times). Null stays null (the option was not given).
     */
    static OffsetDateTime parse(String option, String value, Environment env, boolean acceptsNow) {
        if (value == null) {
            return null;
        }
        if (acceptsNow && value.trim().equalsIgnoreCase("now")) {
            return Author.minute(env.clock().instant());
        }
        Timestamps.Reading r = Timestamps.read(value.trim());
        if (r.value() != null) {
            return r.value();
        }
        if (r.outOfRange()) {
            throw new UserError(option + " is " + r.problem());
        }
        throw new UserError(option + " \"" + value + "\" is not a timestamp with an offset; write e.g. "
                + (acceptsNow ? "2026-11-20T14:09:00Z or now" : "2026-11-20T15:00:00Z"));
    }
}
