package herald.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When each update reached the default branch: one pass over the branch's first-parent history
 * of the content folder ({@code git log --first-parent --reverse -p}), noting for every file the
 * first commit that added each "- at:" line. One git process for the whole site, linear in the
 * history. A pure rename carries a file's records to its new path.
 */
public final class Publications {
    /** One commit of the default branch's first-parent history. */
    public record Commit(String hash, String author, String email, Instant authored, Instant committed) {
        public String shortHash() {
            return hash.substring(0, Math.min(10, hash.length()));
        }
    }

    private static final Pattern UPDATE_AT = Pattern.compile("^\\+\\s*-\\s*(?:\\{\\s*)?at:\\s*[\"']?([0-9][^,}\\s\"']*)");
    private static final String HEADER = "\u0001";

    private final Map<String, Map<Instant, Commit>> byFile = new HashMap<>();
    private final String branch;

    private Publications(String branch) {
        this.branch = branch;
    }

    public String branch() {
        return branch;
    }

    /** The commit that first added the update at {@code at} to the file (path from the repository root), or null. */
    public Commit publishedIn(String repoPath, Instant at) {
        return byFile.getOrDefault(repoPath, Map.of()).get(at);
    }

    static Publications scan(Git git, String branch, String contentPath) throws IOException {
        Publications p = new Publications(branch);
        String[] current = {null};
        Commit[] commit = {null};
        String[] renameFrom = {null};
        git.lines(line -> {
            if (line.startsWith(HEADER)) {
                String[] f = line.substring(1).split("\u001f", -1);
                commit[0] = new Commit(f[0], f[1], f[2], Instant.parse(normalize(f[3])), Instant.parse(normalize(f[4])));
                return;
            }
            if (line.startsWith("+++ ")) {
                current[0] = line.startsWith("+++ b/") ? line.substring(6) : null;
                return;
            }
            if (line.startsWith("rename from ")) {
                renameFrom[0] = line.substring("rename from ".length());
                return;
            }
            if (line.startsWith("rename to ") && renameFrom[0] != null) {
                Map<Instant, Commit> moved = p.byFile.remove(renameFrom[0]);
                if (moved != null) {
                    p.byFile.put(line.substring("rename to ".length()), moved);
                }
                renameFrom[0] = null;
                return;
            }
            // most added lines are text: only an "at:" line can be an update's time
            if (current[0] != null && commit[0] != null && line.startsWith("+") && !line.startsWith("+++") && line.contains("at:")) {
                Matcher m = UPDATE_AT.matcher(line);
                if (m.find()) {
                    try {
                        Instant at = OffsetDateTime.parse(m.group(1)).toInstant();
                        p.byFile.computeIfAbsent(current[0], k -> new HashMap<>()).putIfAbsent(at, commit[0]);
                    } catch (DateTimeParseException ignored) {
                        // not a timestamp: the lint reports it
                    }
                }
            }
        }, "log", "--first-parent", "--reverse", "-p", "-M", "--no-ext-diff", "--unified=0",
                "--format=" + HEADER + "%H%x1f%an%x1f%ae%x1f%aI%x1f%cI", branch, "--", ":(top)" + contentPath);
        return p;
    }

    /** git prints ISO dates with an offset; Instant wants them in UTC. */
    static String normalize(String iso) {
        return OffsetDateTime.parse(iso).toInstant().toString();
    }

    static String repoPath(Path toplevel, Path file) {
        return toplevel.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
