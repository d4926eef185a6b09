package herald.api;

import herald.api.StatuspageJson.ComponentsFile;
import herald.api.StatuspageJson.IncidentsFile;
import herald.api.StatuspageJson.MaintenancesFile;
import herald.api.StatuspageJson.StatusFile;
import herald.api.StatuspageJson.Summary;
import herald.model.SitePaths;
import java.util.List;

/** The files of api/v2/, each a typed record in Statuspage's shape. */
public record ApiFiles(Summary summary, StatusFile status, ComponentsFile components, IncidentsFile incidents,
        IncidentsFile unresolved, MaintenancesFile maintenances, MaintenancesFile upcoming, MaintenancesFile active) {

    /** One file: its path under the site root and its content, for the JSON writer. */
    public record File(String path, Record content) {
    }

    /** Every file, in the order they are written. */
    public List<File> files() {
        return List.of(new File(SitePaths.api("summary.json"), summary), new File(SitePaths.api("status.json"), status),
                new File(SitePaths.api("components.json"), components), new File(SitePaths.api("incidents.json"), incidents),
                new File(SitePaths.api("incidents/unresolved.json"), unresolved),
                new File(SitePaths.api("scheduled-maintenances.json"), maintenances),
                new File(SitePaths.api("scheduled-maintenances/upcoming.json"), upcoming),
                new File(SitePaths.api("scheduled-maintenances/active.json"), active));
    }
}
