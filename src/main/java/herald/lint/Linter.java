package herald.lint;

import herald.content.Loaded;
import herald.diag.Diagnostics;
import java.time.Instant;

/**
 * The lint stage: runs every rule over the loaded content and returns all findings (the loader's
 * structural ones included), so `lint` and `build` report exactly the same thing.
 */
public final class Linter {
    private Linter() {
    }

    public static Diagnostics lint(Loaded loaded, Instant now) {
        Diagnostics out = new Diagnostics();
        out.addAll(loaded.diagnostics());
        LintContext ctx = new LintContext(loaded.content(), now, loaded.siteReadable(), out);
        ReferenceRules.check(ctx);
        // Each file's rules look at that file only, so files are checked in parallel; findings are sorted at the end.
        loaded.content().incidents().parallelStream().forEach(incident -> {
            TimestampRules.check(ctx, incident);
            CadenceRules.check(ctx, incident);
            ResolutionRules.check(ctx, incident);
            BannerRules.check(ctx, incident);
            StateRules.check(ctx, incident);
            RolesRule.check(ctx, incident);
            WordingRules.check(ctx, incident);
        });
        loaded.content().maintenance().parallelStream().forEach(maintenance -> {
            TimestampRules.check(ctx, maintenance);
            BannerRules.check(ctx, maintenance);
            WordingRules.check(ctx, maintenance);
        });
        return out;
    }
}
