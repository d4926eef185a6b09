package herald.cli;

import herald.content.ContentLoader;
import herald.content.LoadFailure;
import herald.content.Loaded;
import herald.diag.Diagnostics;
import herald.diag.Diagnostics;
import herald.lint.Linter;
import java.time.Instant;

/** Load and lint, the first two stages that every content command runs identically. */
record CheckedContent(Loaded loaded, Diagnostics diagnostics, Instant now) {

    static CheckedContent run(ContentOptions options, Environment env, StageTimer timer) {
        Instant now = options.resolveNow(env);
        Loaded loaded;
        try {
            loaded = ContentLoader.load(options.content, env.cwd());
        } catch (LoadFailure e) {
            throw new UserError(e.getMessage());
        }
        timer.lap("load");
        Diagnostics diagnostics = Linter.lint(loaded, now);
        timer.lap("lint");
        return new CheckedContent(loaded, diagnostics, now);
    }

    /** Files that could not be read at all make the result incomplete: exit 2, after the findings. */
    boolean incomplete() {
        return !loaded.unreadable().isEmpty();
    }
}
