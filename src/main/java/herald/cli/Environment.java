package herald.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What a command may read from the outside world, injected so tests run in-process and hermetic:
 * the working directory, environment variables and the clock.
 */
public record Environment(Path cwd, Map<String, String> variables, Clock clock) {
    public Environment {
        cwd = cwd.toAbsolutePath().normalize();
        variables = Map.copyOf(variables);
    }

    /** The real process. */
    public static Environment system() {
        return new Environment(Path.of("").toAbsolutePath(), System.getenv(), Clock.systemUTC());
    }
}
