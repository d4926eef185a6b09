package herald.lint;

import herald.diag.Rule;
import herald.lint.Wording.Hit;
import herald.lint.Wording.Tense;
import herald.model.Entry;
import herald.model.Incident;
import herald.model.Span;
import herald.model.Update;
import herald.model.Where;

/**
 * wording-eta, wording-internal and unfilled-placeholder over every public text: title, banner,
 * cause, each update's scope, effect and body, and the Markdown summary. Never inside internal:.
 * Maintenance is exempt from wording-eta: its announced window is the plan, not a fix-time promise.
 */
final class WordingRules {
    private WordingRules() {
    }

    static void check(LintContext ctx, Entry entry) {
        boolean eta = entry instanceof Incident;
        boolean closed = entry instanceof Incident i && i.isResolved();
        field(ctx, entry.where(), "title", entry.title(), Tense.LIVE, eta);
        field(ctx, entry.where(), "banner", entry.banner(), Tense.LIVE, eta);
        if (entry instanceof Incident i) {
            field(ctx, i.where(), "cause", i.cause(), Tense.RETROSPECTIVE, eta);
        }
        for (Update u : entry.updates()) {
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
        herald.diag.Work.count(herald.diag.Work.Unit.TEXT_CHECK);
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
