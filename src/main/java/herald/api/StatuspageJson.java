package herald.api;

import java.util.List;

/**
 * The objects of Atlassian Statuspage's public Status API v2, key for key (in camel case here;
 * {@code herald.render.StatuspageWriter} writes them in Statuspage's snake case and order). Every
 * key is always present (null where Herald has no value), as in Statuspage's own responses.
 */
public final class StatuspageJson {
    private StatuspageJson() {
    }

    public record Page(String id, String name, String url, String timeZone, String updatedAt) {
    }

    public record Status(String indicator, String description) {
    }

    /** A component or, with {@code group} true, a group with its children's ids in {@code components}. */
    public record Component(String id, String name, String status, String createdAt, String updatedAt, int position,
            String description, boolean showcase, String startDate, String groupId, String pageId, boolean group,
            boolean onlyShowIfDegraded,
            List<String> components) {
    }

    public record AffectedComponent(String code, String name, String oldStatus, String newStatus) {
    }

    public record IncidentUpdate(String id, String status, String body, String incidentId, String createdAt,
            String updatedAt, String displayAt, List<AffectedComponent> affectedComponents, boolean deliverNotifications,
            String customTweet, String tweetId) {
    }

    /** An incident; scheduled maintenance adds {@code scheduled_for} and {@code scheduled_until}. */
    public record Incident(String id, String name, String status, String createdAt, String updatedAt, String monitoringAt,
            String resolvedAt, String impact, String shortlink, String startedAt, String pageId,
            List<IncidentUpdate> incidentUpdates, List<Component> components) {
    }

    public record ScheduledMaintenance(String id, String name, String status, String createdAt, String updatedAt,
            String monitoringAt, String resolvedAt, String impact, String shortlink, String startedAt, String pageId,
            List<IncidentUpdate> incidentUpdates, List<Component> components, String scheduledFor, String scheduledUntil) {
    }

    // ------------------------------------------------------------------ the files

    public record Summary(Page page, List<Component> components, List<Incident> incidents,
            List<ScheduledMaintenance> scheduledMaintenances, Status status) {
    }

    public record StatusFile(Page page, Status status) {
    }

    public record ComponentsFile(Page page, List<Component> components) {
    }

    public record IncidentsFile(Page page, List<Incident> incidents) {
    }

    public record MaintenancesFile(Page page, List<ScheduledMaintenance> scheduledMaintenances) {
    }
}
