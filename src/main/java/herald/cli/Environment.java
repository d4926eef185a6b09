package herald.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What a command may read from the outside world, injected so tests run in-process and hermetic:
 * the working directory, environment variables, the clock, when a person is at a terminal, a
 * way to ask them (null in CI, in tests and whenever the input is not a terminal), and the
 * standard input ({@code --body -}).
 */
public record Environment(Path cwd, Map<String, String> variables, Clock clock, Terminal terminal, InputStream stdin) {
    public Environment {
        cwd = cwd.toAbsolutePath().normalize();
        variables = Map.copyOf(variables);
        stdin = stdin == null ? InputStream.nullInputStream() : stdin;
    }

    /** In-process use (tests): nobody to ask, nothing on standard input. */
    public Environment(Path cwd, Map<String, String> variables, Clock clock) {
        this(cwd, variables, clock, null, null);
    }

    public Environment(Path cwd, Map<String, String> variables, Clock clock, Terminal terminal) {
        this(cwd, variables, clock, terminal, null);
    }

    /** The real process. */
    public static Environment system() {
        Map<String, String> variables = System.getenv();
        return new Environment(Path.of("").toAbsolutePath(), variables, Clock.systemUTC(), Terminal.attached(variables), System.in);
    }
}
