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
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

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

    /**
     * A time as its author wrote it (in the offset of the file), with its seconds (and fraction)
     * when it has some: "14:10:01 is 10m1s after 14:00; the limit is 10m" says why it fired, "14:10 … 10m" did not.
     */
    static String time(OffsetDateTime t) {
        return time(t, hasSeconds(t));
    }

    static String dateTime(OffsetDateTime t) {
        return DATE.format(t) + " " + time(t);
    }

    private static boolean hasSeconds(OffsetDateTime t) {
        return t.getSecond() != 0 || t.getNano() != 0;
    }

    private static String time(OffsetDateTime t, boolean seconds) {
        return (seconds ? DateTimeFormatter.ISO_LOCAL_TIME : TIME).format(t);
    }

    /** Two times for a message: "14:25 and 14:59", or with dates when they fall on different days. */
    static String pair(OffsetDateTime a, OffsetDateTime b) {
        boolean seconds = hasSeconds(a) || hasSeconds(b); // "14:25:00 and 14:45:01", not "14:25 and 14:45:01"
        if (a.toLocalDate().equals(b.toLocalDate())) {
            return time(a, seconds) + " and " + time(b, seconds);
        }
        return DATE.format(a) + " " + time(a, seconds) + " and " + DATE.format(b) + " " + time(b, seconds);
    }
}
