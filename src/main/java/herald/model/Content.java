package herald.model;

import java.util.ArrayList;
import java.util.List;

/** Everything under content/: the site, its incidents and its maintenance windows, each sorted by id. */
public record Content(Site site, List<Incident> incidents, List<Maintenance> maintenance) {
    public Content {
        incidents = List.copyOf(incidents);
        maintenance = List.copyOf(maintenance);
    }

    public List<Entry> entries() {
        List<Entry> all = new ArrayList<>(incidents);
        all.addAll(maintenance);
        return all;
    }
}
