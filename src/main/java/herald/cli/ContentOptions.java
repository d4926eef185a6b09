package herald.cli;

import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** --content, --now, --strict and --timings: the options of lint and build. */
final class ContentOptions {
    @Mixin
    ContentDirOption contentDir;

    @Mixin
    NowOption now;

    @Option(names = "--strict", description = "Treat backdated-update (an update published later than it claims) as an error.")
    boolean strict;

    @Option(names = "--timings", description = "Print how long each stage took (load, lint, derive, render, write) to stderr.")
    boolean timings;

    Path content() {
        return contentDir.content;
    }

    /** --now, else SOURCE_DATE_EPOCH (reproducible builds), else the clock. */
    Instant resolveNow(Environment env) {
        return now.resolve(env);
    }
}
