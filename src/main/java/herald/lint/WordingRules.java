package herald.lint;

import herald.content.EntryDraft;
import herald.content.IncidentDraft;
import herald.content.UpdateDraft;
import herald.diag.Pos;
import herald.diag.Rule;
import herald.diag.Span;
import herald.diag.Where;
import herald.lint.Wording.Hit;
import herald.lint.Wording.Tense;
import herald.wording.InternalVocabulary;

/**
 * wording-eta, wording-internal and unfilled-placeholder over every public text: title, banner,
 * cause, stateReason, each update's scope, effect and body, and the Markdown summary. Never inside internal:,
 * whose values (with the site's policy.internalTerms) are what wording-internal looks for.
 * MaintenanceDraft is exempt from wording-eta: its announced window is the plan, not a fix-time promise.
 * Imported history is not judged: its wording was published long ago by another tool.
 */
final class WordingRules implements EntryRule {

    @Override
    public void check(LintContext ctx, EntryDraft entry) {
        boolean eta = entry instanceof IncidentDraft;
        boolean closed = entry instanceof IncidentDraft i && i.isResolved();
        InternalVocabulary vocabulary = InternalVocabulary.of(ctx.policy.internalTerms(), entry.internal());
        Texts texts = new Texts(ctx, vocabulary, eta);
        texts.field(entry.where(), "title", entry.title(), Tense.LIVE);
        texts.field(entry.where(), "banner", entry.banner(), Tense.LIVE);
        if (entry instanceof IncidentDraft i) {
            texts.field(i.where(), "cause", i.cause(), Tense.RETROSPECTIVE);
            // not in the spec's list of public text, but the incident page shows it beside the state
            texts.field(i.where(), "stateReason", i.stateReason(), closed ? Tense.RETROSPECTIVE : Tense.LIVE);
        }
        for (UpdateDraft u : entry.updates()) {
            Tense tense = u.status() != null && u.status().closes() ? Tense.RETROSPECTIVE : Tense.LIVE;
            texts.field(u.where(), "scope", u.scope(), tense);
            texts.field(u.where(), "effect", u.effect(), tense);
            texts.field(u.where(), "body", u.body(), tense);
        }
        texts.field(entry.where(), "body", entry.summary(), closed ? Tense.RETROSPECTIVE : Tense.LIVE);
    }

    /** The checks of one entry's texts, with the vocabulary built once for all of them. */
    private record Texts(LintContext ctx, InternalVocabulary vocabulary, boolean eta) {
        void field(Where where, String key, String text, Tense tense) {
            if (text == null) {
                return;
            }
            ctx.work.count(herald.diag.Work.Unit.TEXT_CHECK);
            Span span = where.span(key);
            for (Hit hit : Wording.check(text, tense, eta, vocabulary)) {
                Rule rule = hit.rule();
                Pos pos = hit.at() >= 0 ? span.locate(text, hit.at()) : span.locate(text, hit.words());
                ctx.report(where.file(), pos, rule, rule.level(), prefix(key) + hit.message());
            }
        }
    }

    static String prefix(String key) {
        return key.equals("body") ? "" : key + ": ";
    }

    @Override
    public boolean judgesImportedHistory() {
        return false;
    }
}
