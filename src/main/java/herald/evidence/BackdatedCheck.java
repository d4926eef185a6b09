package herald.evidence;

import herald.diag.Diagnostic;
import herald.diag.Diagnostics;
import herald.diag.Level;
import herald.diag.Rule;
import herald.model.Content;
import herald.model.DurationText;
import herald.model.Entry;
import herald.model.Policy;
import herald.model.Pos;
import herald.model.Update;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

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

    /**
     * @param contentDir absolute content folder
     * @param displayRoot the working directory findings are shown relative to
     */
    public static Outcome check(Content content, Path contentDir, Instant now, boolean strict, Diagnostics out) {
        Policy policy = content.site().policy();
        boolean anyToCheck = false;
        for (Entry e : content.entries()) {
            for (Update u : e.updates()) {
                Instant at = u.instant();
                anyToCheck |= at != null && (policy.publishCheckFrom() == null || !at.isBefore(policy.publishCheckFrom()));
            }
        }
        if (!anyToCheck) {
            return new Outcome(null, false); // every update predates publishCheckFrom: no history to read
        }
        Git git = new Git(contentDir);
        String why = git.unavailable();
        if (why != null) {
            return new Outcome(why, why.equals(Git.NOT_A_REPOSITORY));
        }
        try {
            Path top = Path.of(git.toplevel());
            String branch = git.defaultBranch();
            // the whole first-parent history: git's --since stops at the first older commit date, and
            // commit dates are not always in order (imported history, a wrong clock)
            Publications pubs = Publications.scan(git, branch, Publications.repoPath(top, contentDir));
            Duration tolerance = policy.publishTolerance();
            Level level = strict ? Level.ERROR : Level.WARNING;
            for (Entry e : content.entries()) {
                Path file = contentDir.resolve(e instanceof herald.model.Incident ? "incidents" : "maintenance").resolve(e.id() + ".md");
                String repoPath = Publications.repoPath(top, file);
                for (Update u : e.updates()) {
                    Instant at = u.instant();
                    if (at == null || (policy.publishCheckFrom() != null && at.isBefore(policy.publishCheckFrom()))) {
                        continue;
                    }
                    Publications.Commit c = pubs.publishedIn(repoPath, at);
                    Pos pos = u.where().pos("at");
                    if (c != null) {
                        Duration late = Duration.between(at, c.committed());
                        if (late.compareTo(tolerance) > 0) {
                            out.add(new Diagnostic(e.file(), pos.line(), pos.column(), level, Rule.BACKDATED_UPDATE,
                                    "update at " + u.at() + " reached " + branch + " " + DurationText.format(late) + " later, in "
                                            + c.shortHash() + " by " + c.author() + "; the tolerance is " + DurationText.format(tolerance)
                                            + " (policy.publishTolerance): record the time it was published, and say why it was late in a waiver"));
                        }
                    } else if (Duration.between(at, now).compareTo(tolerance) > 0) {
                        out.add(new Diagnostic(e.file(), pos.line(), pos.column(), level, Rule.BACKDATED_UPDATE,
                                "update at " + u.at() + " is not on " + branch + " yet and already " + DurationText.format(Duration.between(at, now))
                                        + " past its claimed time; the tolerance is " + DurationText.format(tolerance)
                                        + " (policy.publishTolerance): publish it now, with at: set to when it goes out"));
                    }
                }
            }
            return new Outcome(null, false);
        } catch (IOException | RuntimeException e) {
            return new Outcome("git history could not be read: " + e.getMessage(), false);
        }
    }
}
