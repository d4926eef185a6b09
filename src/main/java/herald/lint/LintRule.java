package herald.lint;

import herald.content.IncidentDraft;
import herald.content.MaintenanceDraft;

/**
 * One rule of the lint (or a few rule ids that share one pass over an entry). The {@link Linter}
 * runs every rule of its list over the whole content, then over each incident and each
 * maintenance window (in parallel: a rule looks at one file at a time). A new rule is one class
 * that implements what it checks, added to that list.
 */
interface LintRule {
    /** Checks across files (ids, references), once per lint. */
    default void content(LintContext ctx) {
    }

    default void incident(LintContext ctx, IncidentDraft incident) {
    }

    default void maintenance(LintContext ctx, MaintenanceDraft maintenance) {
    }

    /**
     * Whether the rule also judges imported history (an entry with {@code imported:}). Format,
     * timestamp, reference and safety rules do; a rule about how the team communicates (cadence,
     * checkpoints, wording, banner, roles) returns false, and the {@link Linter} never runs it on
     * such an entry: that history was published long ago by another tool.
     */
    default boolean judgesImportedHistory() {
        return true;
    }
}
