package herald.lint;

import herald.diag.Diagnostic;
import herald.diag.Diagnostics;
import herald.diag.Level;
import herald.diag.Rule;
import herald.content.Drafts;
import herald.model.DurationText;
import herald.content.EntryDraft;
import herald.model.Policy;
import herald.diag.Pos;
import herald.content.UpdateDraft;
import herald.content.IncidentDraft;
import herald.history.GitHistory;
import herald.history.Publications;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * backdated-update: an update whose commit reached the default branch more than
 * policy.publishTolerance after the time it claims. Runs only on a full git history and says so
 * otherwise; never guesses. An update not on the default branch yet is judged by now: if it is
 * already later than the tolerance, it will be published late.
 */
public final class BackdatedCheck {
    private BackdatedCheck() {
    }

    /**
     * What the check did: the reason it could not run (null when it ran); {@code silent} when the
     * content is simply not in git (nothing to say), as opposed to a repository without usable history.
     */
    public record Outcome(String unavailable, boolean silent) {
    }

    /** Whether the check judges an update at {@code at}: earlier ones are imported history (policy.publishCheckFrom). */
    public static boolean judged(Policy policy, Instant at) {
        return at != null && (policy.publishCheckFrom() == null || !at.isBefore(policy.publishCheckFrom()));
    }

    /** Whether an update claiming {@code at} that reached the branch at {@code published} is backdated. */
    public static boolean late(Policy policy, Instant at, Instant published) {
        return Duration.between(at, published).compareTo(policy.publishTolerance()) > 0;
    }

    /**
     * The check on the content folder's history, read only when needed: nothing to do, and no
     * history read, when every update predates policy.publishCheckFrom.
     *
     * @param contentDir absolute content folder
     */
    public static Outcome check(Drafts content, Path contentDir, Supplier<GitHistory> read, Instant now, boolean strict, Diagnostics out) {
        Policy checked = content.site().policy();
        if (content.entries().stream().flatMap(e -> e.updates().stream()).noneMatch(u -> judged(checked, u.instant()))) {
            return new Outcome(null, false); // every update predates publishCheckFrom: no history to read
        }
        GitHistory history = read.get();
        if (history.unavailable() != null) {
            return new Outcome(history.unavailable(), history.silent());
        }
        Policy policy = content.site().policy();
        Publications pubs = history.publications();
        String branch = history.branch();
        Duration tolerance = policy.publishTolerance();
        Level level = strict ? Level.ERROR : Level.WARNING;
        for (EntryDraft e : content.entries()) {
            Path file = contentDir.resolve(e instanceof herald.content.IncidentDraft ? "incidents" : "maintenance").resolve(e.id() + ".md");
            String repoPath = history.repoPath(file);
            for (UpdateDraft u : e.updates()) {
                Instant at = u.instant();
                if (!judged(policy, at)) {
                    continue;
                }
                Publications.Commit c = pubs.publishedIn(repoPath, at);
                Pos pos = u.where().pos("at");
                if (c != null) {
                    if (late(policy, at, c.committed())) {
                        out.add(new Diagnostic(e.file(), pos.line(), pos.column(), level, Rule.BACKDATED_UPDATE,
                                "update at " + u.at() + " reached " + branch + " " + DurationText.format(Duration.between(at, c.committed()))
                                        + " later, in " + c.shortHash() + " by " + c.author() + "; the tolerance is " + DurationText.format(tolerance)
                                        + " (policy.publishTolerance): record the time it was published, and say why it was late in a waiver"));
                    }
                } else if (late(policy, at, now)) {
                    out.add(new Diagnostic(e.file(), pos.line(), pos.column(), level, Rule.BACKDATED_UPDATE,
                            "update at " + u.at() + " is not on " + branch + " yet and already " + DurationText.format(Duration.between(at, now))
                                    + " past its claimed time; the tolerance is " + DurationText.format(tolerance)
                                    + " (policy.publishTolerance): publish it now, with at: set to when it goes out"));
                }
            }
        }
        return new Outcome(null, false);
    }
}
