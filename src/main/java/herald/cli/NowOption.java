package herald.cli;

import java.time.Instant;
import picocli.CommandLine.Option;

/** --now: the time a command judges the content by; the one resolver of "now" for every command that reads content. */
final class NowOption {
    @Option(names = "--now", paramLabel = "TIMESTAMP",
            description = "The time to judge the content by, ISO-8601 with offset (e.g. 2026-11-20T15:00:00Z). "
                    + "Default: $SOURCE_DATE_EPOCH if set, else the clock.")
    String now;

    /** --now, else SOURCE_DATE_EPOCH (reproducible builds), else the clock. */
    Instant resolve(Environment env) {
        Instant fixed = fixed(env);
        return fixed != null ? fixed : env.clock().instant();
    }

    /** --now, else SOURCE_DATE_EPOCH, else null: the clock, read afresh each time it is needed (serve). */
    Instant fixed(Environment env) {
        if (now != null) {
            return Times.parse("--now", now, env, false).toInstant();
        }
        String epoch = env.variables().get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            Instant t;
            try {
                t = Instant.ofEpochSecond(Long.parseLong(epoch.trim()));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw new UserError("SOURCE_DATE_EPOCH \"" + epoch + "\" is not a number of seconds since 1970");
            }
            if (!herald.content.Timestamps.inRange(t)) {
                throw new UserError("SOURCE_DATE_EPOCH \"" + epoch + "\" is " + t + ": " + herald.content.Timestamps.yearHint());
            }
            return t;
        }
        return null;
    }
}
