package herald.history;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The git binary, run with fixed arguments (no shell) in the content's repository: the one place
 * herald starts git. Herald uses the installed git rather than a Java reimplementation: the
 * content already lives in git, the binary honours the user's setup (worktrees, safe.directory,
 * partial clones) exactly, and it spares a multi-megabyte dependency.
 *
 * <p>Every run drains stdout and stderr at the same time (a full stderr pipe cannot stall git) and
 * is bounded by a timeout.
 */
public final class Git {
    static final long TIMEOUT_SECONDS = 60;

    private final Path dir;
    private final Map<String, Integer> started = new HashMap<>();

    public Git(Path dir) {
        this.dir = dir;
    }

    /** Exit status, stdout and stderr of one run. */
    public record Result(int code, String out, String err) {
    }

    /** How many {@code git <command>} processes this instance started (the evidence tests bound them). */
    public int started(String command) {
        return started.getOrDefault(command, 0);
    }

    /** How many git processes this instance started in all. */
    public int started() {
        return started.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Runs git and returns what it did, whatever its exit status. */
    public Result run(String... args) throws IOException {
        Process p = start(args);
        p.getOutputStream().close();
        GitOutput err = GitOutput.of(p.getErrorStream());
        GitOutput out = GitOutput.of(p.getInputStream());
        int code = finish(p, args);
        return new Result(code, out.text(), err.text());
    }

    /** Runs git and returns stdout; fails with git's own message unless it exits 0. */
    public String ok(String... args) throws IOException {
        Result r = run(args);
        if (r.code() != 0) {
            throw failure(args, r.err());
        }
        return r.out();
    }

    /** Whether HEAD names a commit (a fresh repository has none). */
    public boolean hasCommits() {
        try {
            return run("rev-parse", "--verify", "-q", "HEAD").code() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The repository's top-level folder; fails with git's message outside a repository. */
    public String toplevel() throws IOException {
        return ok("rev-parse", "--show-toplevel").strip();
    }

    /**
     * The branch whose first-parent history is "published": origin's default, else main, master,
     * origin/main, origin/master (a CI checkout of a pull request has only those), else HEAD.
     */
    public String defaultBranch() throws IOException {
        // one process for every candidate; the order of preference is ours, not git's
        List<String> candidates = List.of("refs/remotes/origin/HEAD", "refs/heads/main", "refs/heads/master",
                "refs/remotes/origin/main", "refs/remotes/origin/master");
        List<String> args = new ArrayList<>(List.of("for-each-ref", "--format=%(refname) %(symref:short)"));
        args.addAll(candidates);
        Map<String, String> found = new HashMap<>(); // ref -> what a symbolic ref points to ("" for a plain ref)
        for (String line : ok(args.toArray(String[]::new)).split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0) {
                found.put(line.substring(0, space), line.substring(space + 1).strip());
            }
        }
        String origin = found.get("refs/remotes/origin/HEAD");
        if (origin != null && !origin.isEmpty()) {
            return origin;
        }
        for (String b : candidates.subList(1, candidates.size())) {
            if (found.containsKey(b)) {
                return b.substring(b.indexOf('/', 5) + 1);
            }
        }
        return "HEAD";
    }

    public static final String NOT_A_REPOSITORY = "not a git repository";

    /** Whether git history can be used here: the repository's top level, or why not. */
    record Repository(String toplevel, String unavailable) {
    }

    /** Inside a work tree, shallow, top level and HEAD, from one git process. */
    Repository repository() {
        try {
            Result r = run("rev-parse", "--is-inside-work-tree", "--is-shallow-repository", "--show-toplevel", "--verify", "-q", "HEAD");
            String[] answers = r.out().split("\n");
            if (answers.length < 3 || !answers[0].strip().equals("true")) {
                return new Repository(null, NOT_A_REPOSITORY);
            }
            if (answers[1].strip().equals("true")) {
                return new Repository(null, "shallow clone: fetch the full history (git fetch --unshallow, or actions/checkout with fetch-depth: 0)");
            }
            if (r.code() != 0 || answers.length < 4) {
                return new Repository(null, "no commits yet");
            }
            return new Repository(answers[2].strip(), null);
        } catch (IOException e) {
            return new Repository(null, NOT_A_REPOSITORY); // no git binary: nothing can be in git here
        }
    }

    /** Streams the output of a git command line by line (for logs too long to hold); fails unless git exits 0. */
    void lines(Consumer<String> sink, String... args) throws IOException {
        Process p = start(args);
        p.getOutputStream().close();
        GitOutput err = GitOutput.of(p.getErrorStream());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                sink.accept(line);
            }
        } catch (IOException | RuntimeException e) {
            p.destroyForcibly();
            throw e;
        }
        if (finish(p, args) != 0) {
            throw failure(args, err.text());
        }
    }

    /**
     * The contents of many objects through one {@code git cat-file --batch} process, whatever their
     * number: blob ids, or {@code REV:PATH}. An object git does not have is absent from the map.
     */
    public Map<String, byte[]> catFile(Collection<String> objects) throws IOException {
        Map<String, byte[]> found = new HashMap<>();
        if (objects.isEmpty()) {
            return found;
        }
        List<String> wanted = new ArrayList<>(objects);
        String[] args = {"cat-file", "--batch"};
        Process p = start(args);
        GitOutput err = GitOutput.of(p.getErrorStream());
        Thread feeder = new Thread(() -> {
            try (OutputStream in = p.getOutputStream()) {
                for (String o : wanted) {
                    in.write((o + "\n").getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException ignored) {
                // the reader below reports a short read
            }
        }, "git cat-file feeder");
        feeder.setDaemon(true);
        feeder.start();
        try (InputStream out = p.getInputStream()) {
            for (String o : wanted) {
                String header = GitOutput.readLine(out);
                if (header == null) {
                    throw new IOException("git cat-file --batch stopped early: " + err.text().strip());
                }
                if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
                    continue;
                }
                // "<sha> <type> <size>"
                String[] h = header.split(" ");
                if (h.length < 3) {
                    throw new IOException("git cat-file: unexpected answer \"" + header + "\"");
                }
                byte[] data = out.readNBytes(Integer.parseInt(h[2]));
                out.read(); // the newline after each object
                found.put(o, data);
            }
        } catch (IOException | RuntimeException e) {
            p.destroyForcibly();
            throw e;
        }
        finish(p, args);
        return found;
    }

    /**
     * The tree at {@code contentPath} ("" for the whole repository) as it was at {@code revision},
     * written under {@code into}; returns {@code into/contentPath}.
     */
    public Path export(String revision, String contentPath, Path into) throws IOException {
        java.nio.file.Files.createDirectories(into);
        // an empty path is the repository's root: the whole tree (git refuses "" as a pathspec)
        String listing = contentPath.isEmpty() ? ok("ls-tree", "-r", "-z", "--full-tree", revision)
                : ok("ls-tree", "-r", "-z", "--full-tree", revision, "--", contentPath);
        Map<String, String> blobs = new HashMap<>(); // path -> blob id
        for (String entry : listing.split("\0")) {
            if (entry.isBlank()) {
                continue;
            }
            // "<mode> blob <sha>\t<path>"
            int tab = entry.indexOf('\t');
            String[] meta = entry.substring(0, tab).split(" ");
            if (meta[1].equals("blob")) {
                blobs.put(entry.substring(tab + 1), meta[2]);
            }
        }
        Map<String, byte[]> data = catFile(new java.util.LinkedHashSet<>(blobs.values()));
        for (Map.Entry<String, String> b : blobs.entrySet()) {
            byte[] bytes = data.get(b.getValue());
            if (bytes == null) {
                throw new IOException("git cat-file: " + b.getValue() + " (" + b.getKey() + ") is missing");
            }
            Path file = into.resolve(b.getKey());
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.write(file, bytes);
        }
        return into.resolve(contentPath);
    }

    // ------------------------------------------------------------------ processes

    private Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "core.quotepath=off", "-c", "color.ui=never"));
        cmd.addAll(List.of(args));
        started.merge(args[0], 1, Integer::sum);
        return new ProcessBuilder(cmd).directory(dir.toFile()).start();
    }

    private static int finish(Process p, String... args) throws IOException {
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("git " + String.join(" ", args) + " timed out after " + TIMEOUT_SECONDS + " s");
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    private static IOException failure(String[] args, String err) {
        return new IOException("git " + String.join(" ", args) + ": " + err.strip());
    }
}
