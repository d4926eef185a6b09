package herald.review;

import herald.content.LoadFailure;
import herald.history.Git;
import herald.model.Content;
import herald.pipeline.Pipeline;
import herald.pipeline.PipelineOptions;
import herald.pipeline.PipelineResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * `herald diff`: loads the content at a base revision and at a head revision (or the working
 * tree) and compares what the public sees.
 */
public final class Review {
    /** Stands for "no revision": the base of a repository without commits. */
    private static final String EMPTY = "";

    private Review() {
    }

    /**
     * @param base a git revision; {@code REV...} for the merge base of REV and the head; null for
     *     the merge base with the default branch
     * @param head a git revision, or null for the working tree
     */
    public static PublicDiff.Result diff(Path cwd, Path contentDir, String base, String head, Instant now) throws IOException, LoadFailure {
        // real paths on both sides: git reports the top level with symlinks resolved
        Path realCwd = cwd.toRealPath();
        Path top = Path.of(new Git(realCwd).toplevel()).toRealPath();
        Git git = new Git(top);
        Path absolute = realCwd.resolve(contentDir).normalize();
        Path content = Files.exists(absolute) ? absolute.toRealPath() : absolute;
        if (!content.startsWith(top)) {
            throw new IOException("the content folder " + contentDir + " is outside the git repository " + top);
        }
        String contentPath = top.relativize(content).toString().replace('\\', '/');
        if (base == null) {
            if (!git.hasCommits()) {
                base = EMPTY; // a repository without commits: everything is new
            } else {
                base = git.defaultBranch() + "...";
            }
        }
        if (base.endsWith("...")) {
            // as in git diff A...: from where this branch left A, so A's own later changes are not shown as reverted
            base = git.ok("merge-base", head == null ? "HEAD" : head, base.substring(0, base.length() - 3)).strip();
        }
        Path tmp = Files.createTempDirectory("herald-diff");
        try {
            Path baseRoot = tmp.resolve("base");
            Path baseContent = base.equals(EMPTY) ? baseRoot.resolve(contentPath) : git.export(base, contentPath, baseRoot);
            Path headRoot;
            Path headContent;
            if (head == null) {
                headRoot = realCwd;
                headContent = content;
            } else {
                headRoot = tmp.resolve("head");
                headContent = git.export(head, contentPath, headRoot);
            }
            // the head is linted by the pipeline's rules without the git check: a diff reviews a change
            // before it reaches the branch, and an exported revision has no history of its own
            PipelineOptions headRun = PipelineOptions.of(headRoot.relativize(headContent), headRoot, now);
            PipelineResult after = Pipeline.lint(headRun);
            Content afterModel = after.model().orElseThrow(() -> new LoadFailure(
                    "site.yaml of the head does not load; run herald lint and fix it first"));
            Content before = Files.isRegularFile(baseContent.resolve("site.yaml"))
                    ? Pipeline.lint(PipelineOptions.of(baseRoot.relativize(baseContent), baseRoot, now)).model()
                            .orElse(new Content(afterModel.site(), List.of(), List.of()))
                    : new Content(afterModel.site(), List.of(), List.of());
            return PublicDiff.compare(before, afterModel, now, after.diagnostics(), changedFiles(baseContent, headContent, headRoot));
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Removes the exported trees (temporary: what cannot be removed, the system does). */
    private static void deleteQuietly(Path tmp) {
        try (Stream<Path> walk = Files.walk(tmp)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // a temporary folder
        }
    }

    /** Display paths (as findings show them) of the content files that differ. */
    private static List<String> changedFiles(Path base, Path head, Path displayRoot) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(head)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(head)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path other = base.resolve(head.relativize(p).toString());
                if (!Files.isRegularFile(other) || !Arrays.equals(Files.readAllBytes(p), Files.readAllBytes(other))) {
                    out.add(displayRoot.relativize(p).toString().replace('\\', '/'));
                }
            }
        }
        return out;
    }
}
