package herald.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What a command may read from the outside world, injected so tests run in-process and hermetic:
 * the working directory, environment variables and the clock.
 */
public record Environment(Path cwd, Map<String, String> variables, Clock clock, boolean detachedCleanup) {
    public Environment {
        cwd = cwd.toAbsolutePath().normalize();
        variables = Map.copyOf(variables);
    }

    /** In-process use (tests): everything finishes before a command returns. */
    public Environment(Path cwd, Map<String, String> variables, Clock clock) {
        this(cwd, variables, clock, false);
    }

    /**
     * The real process: the previous site may be deleted by a detached process after the swap,
     * so the command does not wait for thousands of deletions.
     */
    public static Environment system() {
        return new Environment(Path.of("").toAbsolutePath(), System.getenv(), Clock.systemUTC(), true);
    }
}
