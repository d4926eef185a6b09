package herald.pipeline;

import herald.diag.Work;
import herald.history.GitHistory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * What a command asks of the {@link Pipeline}: the content, the time it is judged by, how far to
 * go ({@link Stage}), where the site goes (memory, or {@code out} on disk), whether the git-based
 * backdated-update rule runs, the theme and base URL for rendering, the work counters, and who
 * hears when each stage ends (--timings). Built with {@link #of} and the {@code with…} steps.
 *
 * @param history the git history already read (evidence reads it once for many incidents), or null
 * @param themeFolder the folder over the built-in theme, or null for the built-in theme alone
 * @param baseUrl the base URL to build with instead of site.yaml's, or null
 * @param out the folder to write the site to; null renders into memory
 */
public record PipelineOptions(Path contentDir, Path cwd, Instant now, Stage until, GitChecks git, GitHistory history,
        Path themeFolder, String baseUrl, Path out, Work work, Consumer<String> laps) {

    /** The last stage a run goes through (a run with lint errors stops after lint whatever this says). */
    public enum Stage { LINT, DERIVE, RENDER }

    /** The git-based backdated-update rule: not run, run as a warning, or as an error (--strict). */
    public enum GitChecks { OFF, ON, STRICT }

    /** Load and lint {@code contentDir} (relative to {@code cwd}) at {@code now}, without git checks. */
    public static PipelineOptions of(Path contentDir, Path cwd, Instant now) {
        return new PipelineOptions(contentDir, cwd, now, Stage.LINT, GitChecks.OFF, null, null, null, null, new Work(), stage -> { });
    }

    public PipelineOptions withGit(GitChecks checks) {
        return new PipelineOptions(contentDir, cwd, now, until, checks, history, themeFolder, baseUrl, out, work, laps);
    }

    /** The git checks on a history read already. */
    public PipelineOptions withHistory(GitHistory read) {
        return new PipelineOptions(contentDir, cwd, now, until, GitChecks.ON, read, themeFolder, baseUrl, out, work, laps);
    }

    /** The same options, stopping after {@code stage}. */
    public PipelineOptions until(Stage stage) {
        return new PipelineOptions(contentDir, cwd, now, stage, git, history, themeFolder, baseUrl, out, work, laps);
    }

    /** The whole site, rendered into memory (serve, tests). */
    public PipelineOptions render(Path theme, String baseUrlOverride) {
        return new PipelineOptions(contentDir, cwd, now, Stage.RENDER, git, history, theme, baseUrlOverride, null, work, laps);
    }

    /** The whole site, written to {@code folder} (build): rendered files go to disk as they are made. */
    public PipelineOptions write(Path theme, String baseUrlOverride, Path folder) {
        return new PipelineOptions(contentDir, cwd, now, Stage.RENDER, git, history, theme, baseUrlOverride, folder, work, laps);
    }

    public PipelineOptions withWork(Work counters) {
        return new PipelineOptions(contentDir, cwd, now, until, git, history, themeFolder, baseUrl, out, counters, laps);
    }

    public PipelineOptions withLaps(Consumer<String> listener) {
        return new PipelineOptions(contentDir, cwd, now, until, git, history, themeFolder, baseUrl, out, work, listener);
    }

    void lap(String stage) {
        laps.accept(stage);
    }
}
