package herald.lint;

import herald.content.Loaded;
import herald.diag.Diagnostics;
import herald.diag.Work;
import java.time.Instant;
import java.util.List;

/**
 * The lint stage: runs every rule over the loaded drafts and returns all findings (the loader's
 * structural ones included), so every command that lints reports exactly the same thing. The
 * git-based backdated-update rule needs the history and runs beside it ({@link BackdatedCheck}).
 */
public final class Linter {
    /** Every rule; each file's rules look at that file only, so files are checked in parallel. */
    private static final List<LintRule> RULES = List.of(new ReferenceRules(), new TimestampRules(), new CadenceRules(),
            new ResolutionRules(), new BannerRules(), new StateRules(), new RolesRule(), new WordingRules(), new SinceRule(),
            new CheckpointMismatchRule());

    private Linter() {
    }

    private static final List<LintRule> HISTORY_RULES = RULES.stream().filter(LintRule::judgesImportedHistory).toList();

    private static List<LintRule> rulesFor(herald.content.EntryDraft entry) {
        return entry.isImported() ? HISTORY_RULES : RULES;
    }

    public static Diagnostics lint(Loaded loaded, Instant now, Work work) {
        Diagnostics out = new Diagnostics();
        out.addAll(loaded.diagnostics());
        LintContext ctx = new LintContext(loaded.drafts(), now, loaded.siteReadable(), out, work);
        RULES.forEach(rule -> rule.content(ctx));
        loaded.drafts().incidents().parallelStream().forEach(incident -> rulesFor(incident).forEach(rule -> rule.incident(ctx, incident)));
        loaded.drafts().maintenance().parallelStream().forEach(window -> rulesFor(window).forEach(rule -> rule.maintenance(ctx, window)));
        return out;
    }
}
