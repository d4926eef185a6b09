package herald.lint;

import herald.diag.Diagnostic;
import herald.diag.Diagnostics;
import herald.diag.Level;
import herald.diag.Rule;
import herald.model.TimeFormats;
import herald.diag.Work;
import herald.content.Drafts;
import herald.model.Policy;
import herald.diag.Pos;
import herald.content.UpdateDraft;
import herald.diag.Where;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** What every rule needs: the content, the policy, "now", and a place to put findings. */
final class LintContext {
    private static final DateTimeFormatter TIME = TimeFormats.CLOCK;
    private static final DateTimeFormatter DATE_TIME = TimeFormats.DATE_CLOCK;

    final Drafts content;
    final Policy policy;
    final Instant now;
    final boolean siteReadable;
    final Diagnostics diagnostics;
    final Work work;

    LintContext(Drafts content, Instant now, boolean siteReadable, Diagnostics diagnostics, Work work) {
        this.content = content;
        this.policy = content.site().policy();
        this.now = now;
        this.siteReadable = siteReadable;
        this.diagnostics = diagnostics;
        this.work = work;
    }

    void report(Where where, String key, Rule rule, String message) {
        report(where.file(), where.pos(key), rule, rule.level(), message);
    }

    void report(String file, Pos pos, Rule rule, Level level, String message) {
        diagnostics.add(new Diagnostic(file, pos.line(), pos.column(), level, rule, message));
    }

    /**
     * A cadence finding caused by {@code update}: an error, or a warning quoting the update's
     * waiver when it has one (the late update stays recorded as late).
     */
    void cadence(UpdateDraft update, Pos pos, Rule rule, String message) {
        if (update.waiver() != null) {
            report(update.where().file(), pos, rule, Level.WARNING, message + "; waived: \"" + update.waiver() + "\"");
        } else {
            report(update.where().file(), pos, rule, rule.level(), message);
        }
    }

    /** A time as its author wrote it (in the offset of the file), with the date when it is not obvious. */
    static String time(OffsetDateTime t) {
        return TIME.format(t);
    }

    static String dateTime(OffsetDateTime t) {
        return DATE_TIME.format(t);
    }

    /** Two times for a message: "14:25 and 14:59", or with dates when they fall on different days. */
    static String pair(OffsetDateTime a, OffsetDateTime b) {
        if (a.toLocalDate().equals(b.toLocalDate())) {
            return time(a) + " and " + time(b);
        }
        return dateTime(a) + " and " + dateTime(b);
    }
}
