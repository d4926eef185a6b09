package herald.cli;

import herald.content.ContentLoader;
import herald.content.LoadFailure;
import herald.content.Loaded;
import herald.diag.Diagnostics;
import herald.evidence.BackdatedCheck;
import herald.lint.Linter;
import java.time.Instant;

/** Load and lint, the first two stages that every content command runs identically. */
record CheckedContent(Loaded loaded, Diagnostics diagnostics, Instant now, java.util.List<String> notes) {

    static CheckedContent run(ContentOptions options, Environment env, StageTimer timer) {
        java.util.List<String> notes = new java.util.ArrayList<>();
        Instant now = options.resolveNow(env);
        Loaded loaded;
        try {
            loaded = ContentLoader.load(options.content(), env.cwd());
        } catch (LoadFailure e) {
            throw new UserError(e.getMessage());
        }
        timer.lap("load");
        Diagnostics diagnostics = Linter.lint(loaded, now);
        BackdatedCheck.Outcome git = BackdatedCheck.check(loaded.content(), env.cwd().resolve(options.content()), now,
                options.strict, diagnostics);
        if (git.unavailable() != null && !git.silent()) {
            notes.add("note: backdated-update not checked: " + git.unavailable());
        }
        timer.lap("lint");
        return new CheckedContent(loaded, diagnostics, now, notes);
    }

    /** Files that could not be read at all make the result incomplete: exit 2, after the findings. */
    boolean incomplete() {
        return !loaded.unreadable().isEmpty();
    }
}
