package herald.lint;

import herald.content.MaintenanceDraft;
import herald.diag.Rule;
import herald.lint.Wording.Hit;
import herald.lint.Wording.Tense;
import herald.content.EntryDraft;
import herald.content.IncidentDraft;
import herald.diag.Span;
import herald.content.UpdateDraft;
import herald.diag.Where;

/**
 * wording-eta, wording-internal and unfilled-placeholder over every public text: title, banner,
 * cause, each update's scope, effect and body, and the Markdown summary. Never inside internal:.
 * MaintenanceDraft is exempt from wording-eta: its announced window is the plan, not a fix-time promise.
 * Imported history is not judged: its wording was published long ago by another tool.
 */
final class WordingRules implements EntryRule {

    @Override
    public void check(LintContext ctx, EntryDraft entry) {
        if (entry.isImported()) {
            return;
        }
        boolean eta = entry instanceof IncidentDraft;
        boolean closed = entry instanceof IncidentDraft i && i.isResolved();
        field(ctx, entry.where(), "title", entry.title(), Tense.LIVE, eta);
        field(ctx, entry.where(), "banner", entry.banner(), Tense.LIVE, eta);
        if (entry instanceof IncidentDraft i) {
            field(ctx, i.where(), "cause", i.cause(), Tense.RETROSPECTIVE, eta);
        }
        for (UpdateDraft u : entry.updates()) {
            Tense tense = u.status() != null && u.status().closes() ? Tense.RETROSPECTIVE : Tense.LIVE;
            field(ctx, u.where(), "scope", u.scope(), tense, eta);
            field(ctx, u.where(), "effect", u.effect(), tense, eta);
            field(ctx, u.where(), "body", u.body(), tense, eta);
        }
        field(ctx, entry.where(), "body", entry.summary(), closed ? Tense.RETROSPECTIVE : Tense.LIVE, eta);
    }

    private static void field(LintContext ctx, Where where, String key, String text, Tense tense, boolean eta) {
        if (text == null) {
            return;
        }
        ctx.work.count(herald.diag.Work.Unit.TEXT_CHECK);
        Span span = where.span(key);
        for (Hit hit : Wording.check(text, tense, eta)) {
            Rule rule = hit.rule();
            ctx.report(where.file(), span.locate(text, hit.words()), rule, rule.level(), where(key) + hit.message());
        }
    }

    private static String where(String key) {
        return switch (key) {
            case "body" -> "";
            default -> key + ": ";
        };
    }
}
