package herald.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When each update reached the default branch, and every version of every file: one pass over the
 * branch's first-parent history of the content folder ({@code git log --first-parent --reverse -p}),
 * noting for every file the first commit that added each "- at:" line and the blob each commit left.
 * One git process for the whole site, linear in the history. A rename carries a file's records to
 * its new path.
 */
public final class Publications {
    /** One commit of the default branch's first-parent history. */
    public record Commit(String hash, String author, String email, Instant committed) {
        /** The {@code git log --format} whose lines {@link #parse} reads (after the marker). */
        static final String FORMAT = "%H%x1f%an%x1f%ae%x1f%cI";

        static Commit parse(String line) {
            String[] f = line.split("\u001f", -1);
            return new Commit(f[0], f[1], f[2], OffsetDateTime.parse(f[3]).toInstant());
        }

        public String shortHash() {
            return abbreviate(hash);
        }

        /** The first 10 hex digits, as every table and finding shows a commit. */
        public static String abbreviate(String hash) {
            return hash.substring(0, Math.min(10, hash.length()));
        }
    }

    /** A commit that changed a file, and the blob it left (null: the commit deleted the file). */
    public record Touch(Commit commit, String blob) {
    }

    private static final Pattern UPDATE_AT = Pattern.compile("^\\+\\s*-\\s*(?:\\{\\s*)?at:\\s*[\"']?([0-9][^,}\\s\"']*)");
    private static final Pattern INDEX = Pattern.compile("^index [0-9a-f]+\\.\\.([0-9a-f]+)");
    private static final String HEADER = "\u0001";
    private static final String NO_BLOB = "0000000000000000000000000000000000000000";

    private final Map<String, Map<Instant, Commit>> byFile = new HashMap<>();
    private final Map<String, List<Touch>> touches = new HashMap<>();

    private Publications() {
    }

    /** The commit that first added the update at {@code at} to the file (path from the repository root), or null. */
    public Commit publishedIn(String repoPath, Instant at) {
        return byFile.getOrDefault(repoPath, Map.of()).get(at);
    }

    /** The commits that changed the file (path from the repository root, earlier names included), oldest first. */
    public List<Touch> touches(String repoPath) {
        return touches.getOrDefault(repoPath, List.of());
    }

    static Publications scan(Git git, String branch, String contentPath) throws IOException {
        Publications p = new Publications();
        Parser parser = p.new Parser();
        git.lines(parser::accept, "log", "--first-parent", "--reverse", "-p", "-M", "--full-index", "--no-ext-diff", "--unified=0",
                "--format=" + HEADER + Commit.FORMAT, branch, "--", ":(top)" + contentPath);
        parser.endOfFile();
        return p;
    }

    /** Reads the log a line at a time; a file's section ends at the next "diff --git" or commit. */
    private final class Parser {
        private Commit commit;
        private String path; // the file of the current section (its new name), once known
        private String diffPath; // from the "diff --git a/X b/X" line, when both names agree
        private String renameFrom;
        private String blob;
        private boolean inSection;

        void accept(String line) {
            if (line.startsWith(HEADER)) {
                endOfFile();
                commit = Commit.parse(line.substring(1));
                return;
            }
            if (line.startsWith("diff --git ")) {
                endOfFile();
                inSection = true;
                diffPath = samePaths(line.substring("diff --git ".length()));
                return;
            }
            if (!inSection) {
                return;
            }
            if (line.startsWith("rename from ")) {
                renameFrom = line.substring("rename from ".length());
                return;
            }
            if (line.startsWith("rename to ") && renameFrom != null) {
                String to = line.substring("rename to ".length());
                move(byFile, renameFrom, to);
                move(touches, renameFrom, to);
                path = to;
                renameFrom = null;
                return;
            }
            Matcher index = line.startsWith("index ") ? INDEX.matcher(line) : null;
            if (index != null && index.find()) {
                blob = index.group(1);
                return;
            }
            if (line.startsWith("+++ ")) {
                if (line.startsWith("+++ b/")) {
                    path = line.substring(6);
                }
                return;
            }
            // most added lines are text: only an "at:" line can be an update's time
            if (path != null && commit != null && line.startsWith("+") && line.contains("at:")) {
                Matcher m = UPDATE_AT.matcher(line);
                if (m.find()) {
                    try {
                        Instant at = OffsetDateTime.parse(m.group(1)).toInstant();
                        byFile.computeIfAbsent(path, k -> new HashMap<>()).putIfAbsent(at, commit);
                    } catch (DateTimeParseException ignored) {
                        // not a timestamp: the lint reports it
                    }
                }
            }
        }

        /** Closes the current file's section: notes the version the commit left. */
        void endOfFile() {
            String file = path != null ? path : diffPath;
            if (inSection && commit != null && file != null) {
                List<Touch> list = touches.computeIfAbsent(file, k -> new ArrayList<>());
                // a pure rename or a mode change shows no blob: the content is the one before
                String left = blob != null ? blob : list.isEmpty() ? null : list.get(list.size() - 1).blob();
                list.add(new Touch(commit, NO_BLOB.equals(left) ? null : left));
            }
            inSection = false;
            path = null;
            diffPath = null;
            renameFrom = null;
            blob = null;
        }
    }

    private static <V> void move(Map<String, V> map, String from, String to) {
        V moved = map.remove(from);
        if (moved != null) {
            map.put(to, moved);
        }
    }

    /** "a/X b/X" gives X; other forms (renames, quoted names) give null and the section's own lines name the file. */
    private static String samePaths(String names) {
        int half = (names.length() - 1) / 2;
        if (names.length() % 2 == 1 && names.startsWith("a/") && names.substring(half).startsWith(" b/")
                && names.substring(2, half).equals(names.substring(half + 3))) {
            return names.substring(2, half);
        }
        return null;
    }

    static String repoPath(Path toplevel, Path file) {
        return toplevel.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
