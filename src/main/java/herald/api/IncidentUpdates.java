package herald.api;

import herald.api.StatuspageJson.AffectedComponent;
import herald.api.StatuspageJson.IncidentUpdate;
import herald.markdown.MarkdownMemo;
import herald.model.Entry;
import herald.model.Incident;
import herald.model.PublicState;
import herald.model.Site;
import herald.model.Update;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The {@code incident_updates} of an incident or window, as statuspage-v2.md maps them. */
final class IncidentUpdates {
    private final Site site;
    private final ComponentHistory history;
    private final MarkdownMemo markdown;

    IncidentUpdates(Site site, ComponentHistory history, MarkdownMemo markdown) {
        this.site = site;
        this.history = history;
        this.markdown = markdown;
    }

    /**
     * Newest first; each with the affected components' state just before and at the update. An
     * update that sets per-component states affects the components it names. An update of an entry
     * imported from Statuspage says what Statuspage said: the states it set for this entry (none,
     * null, when it set none), and its original id.
     */
    List<IncidentUpdate> of(Entry e) {
        List<IncidentUpdate> out = new ArrayList<>();
        boolean statuspage = e.isImported() && e.imported().fromStatuspage();
        Instant before = e instanceof Incident i ? i.startedAt().minusMillis(1) : null;
        for (Update u : e.updates()) {
            Instant at = u.instant();
            Instant previous = before == null ? at.minusMillis(1) : before;
            List<AffectedComponent> affected = new ArrayList<>();
            for (String c : e.components()) {
                if (u.state() != null && !u.state().names(c)) {
                    continue;
                }
                site.component(c).ifPresent(comp -> affected.add(statuspage
                        ? new AffectedComponent(c, comp.name(), StatuspageApi.componentStatus(ownState(e, c, previous)), StatuspageApi.componentStatus(ownState(e, c, at)))
                        : new AffectedComponent(c, comp.name(), StatuspageApi.componentStatus(history.stateAt(c, previous)),
                                StatuspageApi.componentStatus(history.stateAt(c, at)))));
            }
            String t = StatuspageApi.timestamp(at);
            String id = u.originalId() != null ? u.originalId() : StatuspageApi.shortId(e.id() + "#" + t);
            out.add(new IncidentUpdate(id, StatuspageApi.updateStatus(u.status()), plainText(u.body()), StatuspageApi.apiId(e), t, t, t,
                    statuspage && u.state() == null ? null : affected, true, null, null));
            before = at;
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** The state one entry gives a component at an instant (operational once it no longer holds it). */
    private static PublicState ownState(Entry e, String component, Instant t) {
        return e.stateAt(component, t).orElse(PublicState.OPERATIONAL);
    }

    private String plainText(String text) {
        return markdown.plainText(text);
    }
}
