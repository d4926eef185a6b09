import herald.cli.Environment;
import herald.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * bench/help-diff's probe: prints, in one JVM, what a jar's command line says to each help request,
 * completion script and usage error, through Main.run in an empty folder (run with the jar on -cp).
 */
public class HelpSurface {
    static final List<String> COMMANDS = List.of("", "init", "lint", "build", "new", "update", "resolve", "postmortem", "roles",
            "maintenance", "maintenance new", "maintenance update", "maintenance pending", "notify", "announce", "evidence", "diff",
            "check-links", "serve", "theme", "theme eject", "import", "import statuspage", "import cstate", "completion",
            "archive-training");
    static final List<String> OTHERS = List.of("completion bash", "completion zsh", "--version", "new", "update", "maintenance new",
            "diff --format xml", "evidence --format xml", "lint --format xml", "new T --severity S9 --components a", "nosuch", "");

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("help-surface");
        Environment env = new Environment(dir, Map.of(), Clock.fixed(Instant.parse("2026-11-27T14:30:00Z"), ZoneOffset.UTC));
        for (String c : COMMANDS) {
            run(env, (c + " --help").trim());
            run(env, (c + " -h").trim());
            run(env, (c + " --no-such-option").trim());
        }
        for (String c : OTHERS) {
            run(env, c);
        }
        Files.delete(dir);
    }

    static void run(Environment env, String line) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), env, args);
        System.out.println("== herald " + line + "  -> exit " + code);
        System.out.print(out);
        System.out.println("-- stderr");
        System.out.print(err);
    }
}
