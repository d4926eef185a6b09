package herald.evidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The git binary, run with fixed arguments (no shell) in the content's repository. Herald uses
 * the installed git rather than a Java reimplementation: the content already lives in git, the
 * binary honours the user's setup (worktrees, safe.directory, partial clones) exactly, and it
 * spares a multi-megabyte dependency.
 */
public final class Git {
    private final Path dir;

    public Git(Path dir) {
        this.dir = dir;
    }

    static final String NOT_A_REPOSITORY = "not a git repository";

    /** Why git history cannot be used here, or null when it can. */
    String unavailable() {
        try {
            Result inside = run("rev-parse", "--is-inside-work-tree");
            if (inside.code() != 0 || !inside.out().strip().equals("true")) {
                return NOT_A_REPOSITORY;
            }
            Result shallow = run("rev-parse", "--is-shallow-repository");
            if (shallow.out().strip().equals("true")) {
                return "shallow clone: fetch the full history (git fetch --unshallow, or actions/checkout with fetch-depth: 0)";
            }
            if (run("rev-parse", "--verify", "-q", "HEAD").code() != 0) {
                return "no commits yet";
            }
            return null;
        } catch (IOException e) {
            return NOT_A_REPOSITORY; // no git binary: nothing can be in git here
        }
    }

    /**
     * The branch whose first-parent history is "published": origin's default, else main, master,
     * origin/main, origin/master (a CI checkout of a pull request has only those), else HEAD.
     */
    public String defaultBranch() throws IOException {
        Result origin = run("symbolic-ref", "-q", "--short", "refs/remotes/origin/HEAD");
        if (origin.code() == 0 && !origin.out().isBlank()) {
            return origin.out().strip();
        }
        for (String b : List.of("refs/heads/main", "refs/heads/master", "refs/remotes/origin/main", "refs/remotes/origin/master")) {
            if (run("rev-parse", "--verify", "-q", b).code() == 0) {
                return b.substring(b.indexOf('/', 5) + 1);
            }
        }
        return "HEAD";
    }

    String toplevel() throws IOException {
        return run("rev-parse", "--show-toplevel").out().strip();
    }

    record Result(int code, String out) {
    }

    Result run(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "core.quotepath=off", "-c", "color.ui=never"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("git " + String.join(" ", args) + " timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        return new Result(p.exitValue(), out);
    }

    /** Streams the output of a git command line by line (for logs too long to hold). */
    void lines(Consumer<String> sink, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "core.quotepath=off", "-c", "color.ui=never"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                sink.accept(line);
            }
        }
        try {
            p.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
