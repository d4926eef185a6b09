package herald.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** --content and --now, shared by every command that reads content. */
final class ContentOptions {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--now", paramLabel = "TIMESTAMP",
            description = "The time to lint and build for, ISO-8601 with offset (e.g. 2026-11-20T15:00:00Z). "
                    + "Default: $SOURCE_DATE_EPOCH if set, else the clock.")
    String now;

    @Option(names = "--strict", description = "Treat backdated-update (an update published later than it claims) as an error.")
    boolean strict;

    @Option(names = "--timings", description = "Print how long each stage took (load, lint, derive, render, write) to stderr.")
    boolean timings;

    /** --now, else SOURCE_DATE_EPOCH (reproducible builds), else the clock. */
    Instant resolveNow(Environment env) {
        return resolveNow(now, env);
    }

    static Instant resolveNow(String now, Environment env) {
        if (now != null) {
            try {
                return OffsetDateTime.parse(now.trim()).toInstant();
            } catch (DateTimeParseException e) {
                throw new UserError("--now \"" + now + "\" is not a timestamp with an offset; write e.g. 2026-11-20T15:00:00Z");
            }
        }
        String epoch = env.variables().get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.trim()));
            } catch (NumberFormatException e) {
                throw new UserError("SOURCE_DATE_EPOCH \"" + epoch + "\" is not a number of seconds since 1970");
            }
        }
        return env.clock().instant();
    }
}
