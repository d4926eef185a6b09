package herald.model;

import herald.diag.PublicId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The status of one update; the first five are for incidents, the rest for maintenance. */
public enum UpdateStatus implements PublicId {
    INVESTIGATING("Investigating", true),
    IDENTIFIED("Identified", true),
    MONITORING("Monitoring", true),
    RESOLVED("Resolved", true),
    POSTMORTEM("Postmortem", true),
    SCHEDULED("Scheduled", false),
    IN_PROGRESS("In progress", false),
    VERIFYING("Verifying", false),
    COMPLETED("Completed", false),
    CANCELLED("Cancelled", false);

    private final String label;
    private final boolean forIncidents;

    UpdateStatus(String label, boolean forIncidents) {
        this.label = label;
        this.forIncidents = forIncidents;
    }

    public String label() {
        return label;
    }

    /** Statuses after which the incident or maintenance is over; no checkpoint is promised. */
    public boolean closes() {
        return this == RESOLVED || this == POSTMORTEM || this == COMPLETED || this == CANCELLED;
    }

    public static Optional<UpdateStatus> byId(String id, boolean forIncidents) {
        return PublicId.byId(UpdateStatus.class, id).filter(s -> s.forIncidents == forIncidents);
    }

    public static List<String> ids(boolean forIncidents) {
        return forIncidents ? Ids.INCIDENT : Ids.MAINTENANCE;
    }

    /** Built once (the loader asks for them for every update), when first asked. */
    private static final class Ids {
        static final List<String> INCIDENT = of(true);
        static final List<String> MAINTENANCE = of(false);

        private static List<String> of(boolean forIncidents) {
            return Arrays.stream(values()).filter(s -> s.forIncidents == forIncidents).map(UpdateStatus::id).toList();
        }
    }
}
