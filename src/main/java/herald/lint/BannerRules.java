package herald.lint;

import herald.diag.Rule;
import herald.content.EntryDraft;
import herald.content.IncidentDraft;
import herald.content.MaintenanceDraft;

/** banner-missing and banner-too-long: the in-product banner must exist while users are hurt, and be short. */
final class BannerRules implements EntryRule {

    @Override
    public void check(LintContext ctx, EntryDraft entry) {
        boolean needsBanner;
        String what;
        if (entry instanceof IncidentDraft i) {
            // a re-opened incident needs its banner again
            needsBanner = !i.isResolved() && i.severity() != null && i.severity().breaksUsers();
            what = "unresolved " + (i.severity() == null ? "" : i.severity() + " ") + "incident";
        } else {
            MaintenanceDraft m = (MaintenanceDraft) entry;
            needsBanner = m.closingUpdate().isEmpty();
            what = "scheduled maintenance";
        }
        String banner = entry.banner();
        if (needsBanner && (banner == null || banner.isBlank())) {
            String example = entry instanceof IncidentDraft
                    ? "Some AI answers may be slow or incomplete right now. We are restoring normal service. No action needed by you."
                    : "Planned maintenance on <day> <start>-<end> UTC. <What users may notice>.";
            ctx.report(entry.where(), "banner", Rule.BANNER_MISSING, what + " has no banner; add a short, actionable in-product banner, e.g. banner: " + example);
        }
        if (banner != null) {
            int length = banner.codePointCount(0, banner.length());
            int max = ctx.policy.bannerMaxChars();
            if (length > max) {
                ctx.report(entry.where(), "banner", Rule.BANNER_TOO_LONG, "banner is " + length + " characters; the limit is "
                        + max + " (policy.bannerMaxChars): keep it short and actionable, the status page holds the details");
            }
        }
    }

    @Override
    public boolean judgesImportedHistory() {
        return false;
    }
}
