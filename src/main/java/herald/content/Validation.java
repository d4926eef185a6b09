package herald.content;

import herald.model.Component;
import herald.model.Content;
import herald.model.Incident;
import herald.model.Maintenance;
import herald.model.Site;
import herald.model.Update;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Drafts to the validated model: a record only when every required field is there, so nothing
 * after the lint checks for null. After a lint without errors every draft validates (each missing
 * or wrong required field is an error finding of the loader); before it, an entry that does not
 * is left out, and a site.yaml that does not leaves no model at all.
 */
public final class Validation {
    private Validation() {
    }

    static Optional<Content> content(Drafts drafts) {
        return site(drafts.site()).map(site -> {
            List<Incident> incidents = new ArrayList<>();
            drafts.incidents().forEach(d -> incident(d).ifPresent(incidents::add));
            List<Maintenance> maintenance = new ArrayList<>();
            drafts.maintenance().forEach(d -> maintenance(d).ifPresent(maintenance::add));
            return new Content(site, incidents, maintenance);
        });
    }

    public static Optional<Site> site(SiteDraft d) {
        if (d.title() == null || d.baseUrl() == null) {
            return Optional.empty();
        }
        List<Component> components = new ArrayList<>();
        for (SiteDraft.ComponentDraft c : d.components()) {
            if (c.id() == null || c.name() == null) {
                return Optional.empty();
            }
            components.add(new Component(c.id(), c.name(), c.group(), c.description(), c.since()));
        }
        return Optional.of(new Site(d.title(), d.baseUrl(), d.language(), d.timezone(), d.description(), d.supportUrl(),
                components, d.policy(), d.since(), d.roles()));
    }

    public static Optional<Incident> incident(IncidentDraft d) {
        Optional<List<Update>> updates = updates(d.updates(), true, d.isImported());
        if (d.title() == null || d.severity() == null || d.triggered() == null || updates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Incident(d.id(), d.file(), d.title(), d.severity(), d.components(), d.triggered(), d.state(),
                d.stateReason(), d.banner(), d.cause(), d.postmortem(), updates.get(), d.summary(), d.internal(), d.imported()));
    }

    public static Optional<Maintenance> maintenance(MaintenanceDraft d) {
        Optional<List<Update>> updates = updates(d.updates(), false, d.isImported());
        if (d.title() == null || d.start() == null || d.end() == null || updates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Maintenance(d.id(), d.file(), d.title(), d.components(), d.start(), d.end(), d.banner(),
                updates.get(), d.summary(), d.internal(), d.imported()));
    }

    /** The entry of either kind. */
    /**
     * Every update complete (an incident's open ones with their next checkpoint), at least one; an
     * imported entry's updates need only a time, a status and a body.
     */
    private static Optional<List<Update>> updates(List<UpdateDraft> drafts, boolean incident, boolean imported) {
        List<Update> out = new ArrayList<>(drafts.size());
        for (UpdateDraft u : drafts) {
            boolean needsNext = !imported && incident && u.status() != null && !u.status().closes();
            // an imported update may lack owner, scope and effect; a closing update may lack the effect
            boolean described = imported || u.owner() != null && u.scope() != null && (u.effect() != null || u.status().closes());
            if (u.at() == null || u.status() == null || !described || u.body() == null || needsNext && u.next() == null) {
                return Optional.empty();
            }
            out.add(new Update(u.values()));
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }
}
