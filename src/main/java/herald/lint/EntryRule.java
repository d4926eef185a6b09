package herald.lint;

import herald.content.EntryDraft;
import herald.content.IncidentDraft;
import herald.content.MaintenanceDraft;

/** A rule that checks incidents and maintenance windows alike. */
interface EntryRule extends LintRule {
    void check(LintContext ctx, EntryDraft entry);

    @Override
    default void incident(LintContext ctx, IncidentDraft incident) {
        check(ctx, incident);
    }

    @Override
    default void maintenance(LintContext ctx, MaintenanceDraft maintenance) {
        check(ctx, maintenance);
    }
}
