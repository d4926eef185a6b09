package herald.derive;

import herald.announce.Manifest;
import herald.announce.State;
import herald.model.Component;
import herald.model.Entry;
import herald.model.PublicState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The manifest of what this build publishes (site-output.md's "manifest of published updates"):
 * the page's and each component's state at now, and every public update of the last
 * {@code historyDays}, so that {@code herald announce} can tell the next build's news.
 */
final class ManifestView {
    private ManifestView() {
    }

    /** @param pageId the Status API's page id, so a receiver sees the same page in both */
    static Manifest of(Derivation d, String pageId) {
        Instant since = d.now.minus(Duration.ofDays(d.site.policy().historyDays()));
        List<Manifest.PublishedUpdate> updates = new ArrayList<>();
        for (Entry e : d.content.entries()) {
            for (Published.Item item : Published.items(e, d.now)) {
                if (!item.at().isBefore(since)) {
                    updates.add(new Manifest.PublishedUpdate(item.id(), e.id(), Published.kind(e), item.at(), item.status().id(),
                            e.components(), Published.imported(e)));
                }
            }
        }
        List<Manifest.ComponentState> components = new ArrayList<>();
        for (Component c : d.site.components()) {
            components.add(new Manifest.ComponentState(c.id(), c.name(), state(d.status.components().get(c.id()))));
        }
        Manifest.Page page = new Manifest.Page(pageId, d.site.title(), d.baseUrl, d.site.timezone(), state(d.status.overall()));
        return Manifest.of(page, d.now, d.site.policy().historyDays(), components, updates);
    }

    static State state(PublicState s) {
        return State.byId(s.id()).orElseThrow(() -> new IllegalStateException("no announce state for " + s.id()));
    }
}
