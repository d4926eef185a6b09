package herald.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The objects of Atlassian Statuspage's public Status API v2, key for key. Every key is always
 * present (null where Herald has no value), as in Statuspage's own responses.
 */
public final class StatuspageJson {
    private StatuspageJson() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"id", "name", "url", "time_zone", "updated_at"})
    public record Page(String id, String name, String url, String timeZone, String updatedAt) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"indicator", "description"})
    public record Status(String indicator, String description) {
    }

    /** A component or, with {@code group} true, a group with its children's ids in {@code components}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"id", "name", "status", "created_at", "updated_at", "position", "description", "showcase",
        "start_date", "group_id", "page_id", "group", "only_show_if_degraded", "components"})
    public record Component(String id, String name, String status, String createdAt, String updatedAt, int position,
            String description, boolean showcase, String startDate, String groupId, String pageId, boolean group,
            boolean onlyShowIfDegraded,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> components) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"code", "name", "old_status", "new_status"})
    public record AffectedComponent(String code, String name, String oldStatus, String newStatus) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"id", "status", "body", "incident_id", "created_at", "updated_at", "display_at",
        "affected_components", "deliver_notifications", "custom_tweet", "tweet_id"})
    public record IncidentUpdate(String id, String status, String body, String incidentId, String createdAt,
            String updatedAt, String displayAt, List<AffectedComponent> affectedComponents, boolean deliverNotifications,
            String customTweet, String tweetId) {
    }

    /** An incident; scheduled maintenance adds {@code scheduled_for} and {@code scheduled_until}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"id", "name", "status", "created_at", "updated_at", "monitoring_at", "resolved_at", "impact",
        "shortlink", "started_at", "page_id", "incident_updates", "components"})
    public record Incident(String id, String name, String status, String createdAt, String updatedAt, String monitoringAt,
            String resolvedAt, String impact, String shortlink, String startedAt, String pageId,
            List<IncidentUpdate> incidentUpdates, List<Component> components) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"id", "name", "status", "created_at", "updated_at", "monitoring_at", "resolved_at", "impact",
        "shortlink", "started_at", "page_id", "incident_updates", "components", "scheduled_for", "scheduled_until"})
    public record ScheduledMaintenance(String id, String name, String status, String createdAt, String updatedAt,
            String monitoringAt, String resolvedAt, String impact, String shortlink, String startedAt, String pageId,
            List<IncidentUpdate> incidentUpdates, List<Component> components, String scheduledFor, String scheduledUntil) {
    }

    // ------------------------------------------------------------------ the files

    @JsonPropertyOrder({"page", "components", "incidents", "scheduled_maintenances", "status"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Summary(Page page, List<Component> components, List<Incident> incidents,
            List<ScheduledMaintenance> scheduledMaintenances, Status status) {
    }

    @JsonPropertyOrder({"page", "status"})
    public record StatusFile(Page page, Status status) {
    }

    @JsonPropertyOrder({"page", "components"})
    public record ComponentsFile(Page page, List<Component> components) {
    }

    @JsonPropertyOrder({"page", "incidents"})
    public record IncidentsFile(Page page, List<Incident> incidents) {
    }

    @JsonPropertyOrder({"page", "scheduled_maintenances"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record MaintenancesFile(Page page, List<ScheduledMaintenance> scheduledMaintenances) {
    }
}
