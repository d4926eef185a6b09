package herald;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test helper: runs the git binary in a folder, as users' repositories are driven. */
public final class Git {
    private Git() {
    }

    /** Exit status and combined output of one git run. */
    public record Result(int code, String out) {
    }

    public static Result run(Path dir, Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(p.waitFor(), out);
        } catch (IOException e) {
            throw new AssertionError("git could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Runs git and fails the test unless it succeeds; returns its output. */
    public static String ok(Path dir, Map<String, String> env, String... args) {
        Result r = run(dir, env, args);
        if (r.code() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + " exited " + r.code() + ": " + r.out());
        }
        return r.out();
    }

    public static String ok(Path dir, String... args) {
        return ok(dir, Map.of(), args);
    }

    /** A new repository on branch main with a committer identity, so commits work on any machine. */
    public static void init(Path dir) {
        ok(dir, "init", "-q", "-b", "main");
        ok(dir, "config", "user.email", "test@herald.example");
        ok(dir, "config", "user.name", "Test");
        ok(dir, "config", "commit.gpgsign", "false");
    }
}
