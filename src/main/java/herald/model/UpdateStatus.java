package herald.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The status of one update; the first five are for incidents, the rest for maintenance. */
public enum UpdateStatus {
    INVESTIGATING("investigating", "Investigating", true),
    IDENTIFIED("identified", "Identified", true),
    MONITORING("monitoring", "Monitoring", true),
    RESOLVED("resolved", "Resolved", true),
    POSTMORTEM("postmortem", "Postmortem", true),
    SCHEDULED("scheduled", "Scheduled", false),
    IN_PROGRESS("in-progress", "In progress", false),
    VERIFYING("verifying", "Verifying", false),
    COMPLETED("completed", "Completed", false),
    CANCELLED("cancelled", "Cancelled", false);

    private final String id;
    private final String label;
    private final boolean forIncidents;

    UpdateStatus(String id, String label, boolean forIncidents) {
        this.id = id;
        this.label = label;
        this.forIncidents = forIncidents;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Statuses after which the incident or maintenance is over; no checkpoint is promised. */
    public boolean closes() {
        return this == RESOLVED || this == POSTMORTEM || this == COMPLETED || this == CANCELLED;
    }

    public static Optional<UpdateStatus> byId(String id, boolean forIncidents) {
        return Arrays.stream(values()).filter(s -> s.forIncidents == forIncidents && s.id.equals(id)).findFirst();
    }

    public static List<String> ids(boolean forIncidents) {
        return Arrays.stream(values()).filter(s -> s.forIncidents == forIncidents).map(UpdateStatus::id).toList();
    }
}
