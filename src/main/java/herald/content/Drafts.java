package herald.content;

import java.util.ArrayList;
import java.util.List;

/** Everything under content/ as read, for the lint: the site and its incidents and maintenance windows, each sorted by id. */
public record Drafts(SiteDraft site, List<IncidentDraft> incidents, List<MaintenanceDraft> maintenance) {
    public Drafts {
        incidents = List.copyOf(incidents);
        maintenance = List.copyOf(maintenance);
    }

    public List<EntryDraft> entries() {
        List<EntryDraft> all = new ArrayList<>(incidents);
        all.addAll(maintenance);
        return all;
    }
}
