package herald.derive;

import herald.model.Content;
import herald.model.Entry;
import herald.model.Incident;
import herald.model.Maintenance;
import herald.model.PublicState;
import herald.model.SiteStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** banner.json: what the product shows, from the site's state at now alone. */
final class BannerView {
    private BannerView() {
    }

    /** The banner of {@code content} at {@code now}, for reviews that compare two versions; no page is built. */
    static SiteView.Banner of(Content content, SiteStatus status, Instant now, herald.diag.Work work) {
        return of(status, content.site().baseUrlWithSlash(), Derivation.newestUpdate(content, now, work));
    }

    /** The banner from the status alone: {@code updated} is the newest update time at or before now. */
    static SiteView.Banner of(SiteStatus status, String baseUrl, Instant updated) {
        List<Incident> active = status.activeIncidents();
        List<SiteView.BannerIncident> incidents = active.stream()
                .map(i -> new SiteView.BannerIncident(i.id(), i.title(), status.stateOf(i).id(), baseUrl + i.path()))
                .toList();
        List<SiteView.BannerMaintenance> windows = new ArrayList<>();
        for (Maintenance m : status.inProgress()) {
            windows.add(window(m, baseUrl));
        }
        for (Maintenance m : status.upcoming()) {
            windows.add(window(m, baseUrl));
        }
        String updatedAt = updated == null ? null : Display.iso(updated);
        if (!active.isEmpty()) {
            // the worst incident speaks for the banner; ties go to the most recently started one
            Incident lead = active.stream()
                    .min(Comparator.comparing((Incident i) -> status.stateOf(i).ordinal()).thenComparing(Incident::startedAt, Comparator.reverseOrder()))
                    .orElseThrow();
            Instant latest = active.stream().map(Entry::lastUpdatedAt).max(Comparator.naturalOrder()).orElse(updated);
            return new SiteView.Banner(true, status.overall().id(), lead.severity().impact(),
                    lead.banner() != null ? lead.banner() : lead.title(), baseUrl + lead.path(),
                    latest == null ? null : Display.iso(latest), incidents, windows);
        }
        if (!status.inProgress().isEmpty()) {
            Maintenance m = status.inProgress().get(0);
            return new SiteView.Banner(true, PublicState.MAINTENANCE.id(), "maintenance",
                    m.banner() != null ? m.banner() : m.title(), baseUrl + m.path(), updatedAt, incidents, windows);
        }
        return new SiteView.Banner(false, PublicState.OPERATIONAL.id(), "none", null, baseUrl, updatedAt, incidents, windows);
    }

    private static SiteView.BannerMaintenance window(Maintenance m, String baseUrl) {
        return new SiteView.BannerMaintenance(m.id(), m.title(), m.banner() != null ? m.banner() : m.title(), baseUrl + m.path(),
                Display.iso(m.start().toInstant()), Display.iso(m.end().toInstant()));
    }
}
