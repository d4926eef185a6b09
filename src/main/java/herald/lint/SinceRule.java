package herald.lint;

import herald.content.EntryDraft;
import herald.content.IncidentDraft;
import herald.content.MaintenanceDraft;
import herald.content.SiteDraft;
import herald.diag.Rule;
import herald.diag.Work;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * invalid-value for the {@code since:} days of site.yaml (the first day with data; the bars draw
 * the days before it as "no data"): a component's data cannot begin before the site's, and a
 * {@code since} after an entry that names the component would hide that entry from its bars.
 */
final class SinceRule implements LintRule {
    @Override
    public void content(LintContext ctx) {
        if (!ctx.siteReadable) {
            return;
        }
        SiteDraft site = ctx.content.site();
        if (site.since() != null) {
            EntryDraft earlier = earliestBefore(ctx, site.since(), null);
            if (earlier != null) {
                ctx.report(site.where(), "since", Rule.INVALID_VALUE, "\"since\" is " + site.since() + ", after " + earlier.file()
                        + " began (" + day(ctx, earlier) + "): the bars would show that day as no data; write " + day(ctx, earlier)
                        + " or earlier, or remove since (the default is the earliest entry)");
            }
        }
        for (SiteDraft.ComponentDraft c : site.components()) {
            ctx.work.count(Work.Unit.RULE_VISIT);
            if (c.since() == null || c.id() == null) {
                continue;
            }
            if (site.since() != null && c.since().isBefore(site.since())) {
                ctx.report(c.where(), "since", Rule.INVALID_VALUE, "\"since\" of component " + c.id() + " is " + c.since()
                        + ", before the site's since " + site.since() + ": a component has no data before the site; write "
                        + site.since() + " or later, or remove it");
                continue;
            }
            EntryDraft earlier = earliestBefore(ctx, c.since(), c.id());
            if (earlier != null) {
                ctx.report(c.where(), "since", Rule.INVALID_VALUE, "\"since\" of component " + c.id() + " is " + c.since() + ", after "
                        + earlier.file() + " began (" + day(ctx, earlier) + "): the bars would show that day as no data; write "
                        + day(ctx, earlier) + " or earlier");
            }
        }
    }

    /** The earliest entry (naming {@code component}, or any when null) that began before {@code since}, or null. */
    private static EntryDraft earliestBefore(LintContext ctx, LocalDate since, String component) {
        EntryDraft found = null;
        for (EntryDraft e : ctx.content.entries()) {
            ctx.work.count(Work.Unit.RULE_VISIT);
            OffsetDateTime start = start(e);
            if (start == null || component != null && !e.components().contains(component)) {
                continue;
            }
            if (local(ctx, start).isBefore(since) && (found == null || start.isBefore(start(found)))) {
                found = e;
            }
        }
        return found;
    }

    private static OffsetDateTime start(EntryDraft e) {
        return e instanceof IncidentDraft i ? i.triggered() : ((MaintenanceDraft) e).start();
    }

    private static LocalDate local(LintContext ctx, OffsetDateTime t) {
        return t.atZoneSameInstant(ctx.content.site().timezone()).toLocalDate();
    }

    private static String day(LintContext ctx, EntryDraft e) {
        return local(ctx, start(e)).toString();
    }
}
