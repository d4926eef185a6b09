package herald.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What a command may read from the outside world, injected so tests run in-process and hermetic:
 * the working directory, environment variables, the clock and, when a person is at a terminal, a
 * way to ask them (null in CI, in tests and whenever the input is not a terminal).
 */
public record Environment(Path cwd, Map<String, String> variables, Clock clock, Terminal terminal) {
    public Environment {
        cwd = cwd.toAbsolutePath().normalize();
        variables = Map.copyOf(variables);
    }

    /** In-process use (tests): nobody to ask. */
    public Environment(Path cwd, Map<String, String> variables, Clock clock) {
        this(cwd, variables, clock, null);
    }

    /** The real process. */
    public static Environment system() {
        Map<String, String> variables = System.getenv();
        return new Environment(Path.of("").toAbsolutePath(), variables, Clock.systemUTC(), Terminal.attached(variables));
    }
}
