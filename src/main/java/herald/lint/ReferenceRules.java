package herald.lint;

import herald.diag.Rule;
import herald.diag.Suggestions;
import herald.diag.Work;
import herald.content.EntryDraft;
import herald.content.UpdateDraft;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * unknown-component and duplicate-id: references between files. An update's per-component
 * {@code state:} may name only components of its own entry.
 */
final class ReferenceRules implements LintRule {

    @Override
    public void content(LintContext ctx) {
        check(ctx);
    }

    static void check(LintContext ctx) {
        List<EntryDraft> entries = ctx.content.entries();
        Map<String, EntryDraft> seen = new HashMap<>();
        for (EntryDraft e : entries) {
            ctx.work.count(Work.Unit.RULE_VISIT);
            EntryDraft first = seen.putIfAbsent(e.id(), e);
            if (first != null) {
                ctx.report(e.where().file(), herald.diag.Pos.START, Rule.DUPLICATE_ID, Rule.DUPLICATE_ID.level(),
                        "id \"" + e.id() + "\" is also used by " + first.file() + "; rename one of the files (ids are URLs and must be unique)");
            }
        }
        importedIds(ctx, entries);
        if (!ctx.siteReadable) {
            return;
        }
        List<String> known = ctx.content.site().components().stream().map(c -> c.id()).filter(id -> id != null).toList();
        for (EntryDraft e : entries) {
            for (int i = 0; i < e.components().size(); i++) {
                ctx.work.count(Work.Unit.RULE_VISIT);
                String id = e.components().get(i);
                if (!known.contains(id)) {
                    String hint = Suggestions.closest(id, known)
                            .map(k -> " (did you mean \"" + k + "\"?)")
                            .orElse(known.isEmpty() ? "; site.yaml lists no components yet: add it there"
                                    : "; known components: " + String.join(", ", known));
                    ctx.report(e.where(), "components[" + (i + 1) + "]", Rule.UNKNOWN_COMPONENT,
                            "component \"" + id + "\" is not in site.yaml" + hint);
                }
            }
            updateStates(ctx, e);
        }
    }

    /**
     * Two entries imported as the same original (same source and id) would share one old address
     * and one API id; an entry from Statuspage whose original id is another entry's id would put
     * its redirect on that entry's page.
     */
    private static void importedIds(LintContext ctx, List<EntryDraft> entries) {
        Map<String, EntryDraft> seen = new HashMap<>();
        Map<String, EntryDraft> ids = new HashMap<>();
        entries.forEach(e -> ids.putIfAbsent(e.id(), e));
        for (EntryDraft e : entries) {
            if (!e.isImported()) {
                continue;
            }
            ctx.work.count(Work.Unit.RULE_VISIT);
            EntryDraft first = seen.putIfAbsent(e.imported().from() + ":" + e.imported().id(), e);
            if (first != null) {
                ctx.report(e.where(), "imported.id", Rule.DUPLICATE_ID, "imported id \"" + e.imported().id() + "\" from "
                        + e.imported().from() + " is also imported by " + first.file() + "; one original is one entry: keep one of the files");
            }
            EntryDraft clash = ids.get(e.imported().id());
            if (e.imported().fromStatuspage() && clash != null && clash != e) {
                ctx.report(e.where(), "imported.id", Rule.DUPLICATE_ID, "imported id \"" + e.imported().id()
                        + "\" is the id of " + clash.file() + ", so its old address incidents/" + e.imported().id()
                        + "/ is that entry's page; rename that file");
            }
        }
    }

    private static void updateStates(LintContext ctx, EntryDraft e) {
        for (UpdateDraft u : e.updates()) {
            if (u.state() == null) {
                continue;
            }
            for (String id : u.state().components().keySet()) {
                ctx.work.count(Work.Unit.RULE_VISIT);
                if (!e.components().contains(id)) {
                    String hint = Suggestions.closest(id, e.components())
                            .map(k -> " (did you mean \"" + k + "\"?)")
                            .orElse("; add it to components: or use one of: " + String.join(", ", e.components()));
                    // a component site.yaml has, but this entry does not name, is a wrong value, not an unknown id
                    boolean known = ctx.content.site().components().stream().anyMatch(c -> id.equals(c.id()));
                    ctx.report(u.where(), "state." + id, known ? Rule.INVALID_VALUE : Rule.UNKNOWN_COMPONENT,
                            "state: names component \"" + id + "\", which is not one of this entry's components" + hint);
                }
            }
        }
    }
}
