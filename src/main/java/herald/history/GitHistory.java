package herald.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The content folder's git history, read once per command: the repository, the default branch and
 * one {@link Publications} scan; or why there is no usable history. The backdated-update check,
 * the evidence log and the scorecard all read this one object, so a command runs git log once
 * whatever the number of incidents.
 */
public final class GitHistory {
    private final Git git;
    private final String unavailable;
    private final boolean silent;
    private final Path top;
    private final String branch;
    private final Publications publications;

    private GitHistory(Git git, String unavailable, boolean silent, Path top, String branch, Publications publications) {
        this.git = git;
        this.unavailable = unavailable;
        this.silent = silent;
        this.top = top;
        this.branch = branch;
        this.publications = publications;
    }

    /** Reads the history of the content folder; never fails (a failure becomes {@link #unavailable()}). */
    public static GitHistory read(Path contentDir) {
        return read(new Git(contentDir), contentDir);
    }

    public static GitHistory read(Git git, Path contentDir) {
        Git.Repository repository = git.repository();
        String why = repository.unavailable();
        if (why != null) {
            return new GitHistory(git, why, why.equals(Git.NOT_A_REPOSITORY), null, null, null);
        }
        try {
            Path top = Path.of(repository.toplevel());
            String branch = git.defaultBranch();
            // the whole first-parent history: git's --since stops at the first older commit date, and
            // commit dates are not always in order (imported history, a wrong clock)
            Publications pubs = Publications.scan(git, branch, Publications.repoPath(top, contentDir));
            return new GitHistory(git, null, false, top, branch, pubs);
        } catch (IOException | RuntimeException e) {
            return new GitHistory(git, "git history could not be read: " + e.getMessage(), false, null, null, null);
        }
    }

    /** Why the history cannot be used, or null when it can. */
    public String unavailable() {
        return unavailable;
    }

    /** The content is simply not in git: nothing to say (as opposed to a repository without usable history). */
    public boolean silent() {
        return silent;
    }

    public String branch() {
        return branch;
    }

    public Publications publications() {
        return publications;
    }

    /** A file's path from the repository root, as git names it. */
    public String repoPath(Path file) {
        return Publications.repoPath(top, file);
    }

    /** The contents of many objects (blob ids, {@code REV:PATH}) through one git process. */
    public Map<String, byte[]> contents(Collection<String> objects) throws IOException {
        return objects.isEmpty() ? Map.of() : git.catFile(objects);
    }

    /** The objects {@link #contents} needs for the versions of these files: every blob they had, and HEAD's. */
    public List<String> objectsFor(Collection<Path> files) {
        if (unavailable != null) {
            return List.of();
        }
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (Path f : files) {
            String repoPath = repoPath(f);
            publications.touches(repoPath).stream().map(Publications.Touch::blob).filter(b -> b != null).forEach(out::add);
            out.add(head(repoPath));
        }
        return List.copyOf(out);
    }

    public static String head(String repoPath) {
        return "HEAD:" + repoPath;
    }
}
