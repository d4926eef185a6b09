package herald.announce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * Atlassian Statuspage's webhook payloads, key for key as Statuspage sends them, so receivers
 * written for Statuspage (Zulip's, say) keep working: {@code meta}, {@code page}, then an
 * {@code incident} with every update so far, newest first, or a {@code component} with its
 * {@code component_update}. A maintenance window is an incident with impact {@code maintenance},
 * as in Statuspage's model. {@code meta.idempotency_key} is Herald's addition; receivers ignore it.
 */
final class StatuspagePayloads {
    private StatuspagePayloads() {
    }

    static String incident(Announcement a, Manifest m, Instant generatedAt) {
        return Json.compact(incidentPayload(a, m, generatedAt));
    }

    /** The same payload, plus the audience's draft: for internal receivers only. */
    static String internal(Announcement a, InternalDraft d, Manifest m, Instant generatedAt) {
        ObjectNode root = incidentPayload(a, m, generatedAt);
        root.putObject("draft").put("audience", d.audience().id()).put("text", d.text());
        return Json.compact(root);
    }

    static String component(StateChange c, Manifest m, Instant generatedAt) {
        ObjectNode root = head(c.id(), m.page().id(), m.page().state(), generatedAt);
        root.set("component", componentObject(c.subject(), c.name(), c.after(), c.at(), m));
        ObjectNode u = root.putObject("component_update");
        u.put("old_status", c.before().componentStatus());
        u.put("new_status", c.after().componentStatus());
        Json.time(u, "created_at", c.at());
        u.put("component_type", "Component");
        u.put("id", c.id());
        u.put("component_id", c.subject());
        return Json.compact(root);
    }

    private static ObjectNode incidentPayload(Announcement a, Manifest m, Instant generatedAt) {
        Announcement.Timeline t = a.timeline();
        ObjectNode root = head(a.updateId(), m.page().id(), a.pageState(), generatedAt);
        ObjectNode i = root.putObject("incident");
        i.put("name", a.title());
        i.put("status", status(a.status()));
        Json.time(i, "created_at", t.createdAt());
        Json.time(i, "updated_at", a.at());
        Json.time(i, "monitoring_at", t.monitoringAt());
        Json.time(i, "resolved_at", t.resolvedAt());
        i.put("impact", t.impact());
        i.put("shortlink", a.url());
        i.put("postmortem_ignored", false);
        i.putNull("postmortem_body");
        i.putNull("postmortem_body_last_updated_at");
        i.putNull("postmortem_published_at");
        i.put("postmortem_notified_subscribers", false);
        i.put("postmortem_notified_twitter", false);
        i.put("backfilled", false);
        Json.time(i, "scheduled_for", t.scheduledFor());
        Json.time(i, "scheduled_until", t.scheduledUntil());
        i.put("scheduled_remind_prior", false);
        i.putNull("scheduled_reminded_at");
        i.putNull("impact_override");
        i.put("scheduled_auto_in_progress", false);
        i.put("scheduled_auto_completed", false);
        i.put("id", a.entryId());
        i.put("page_id", m.page().id());
        ArrayNode updates = i.putArray("incident_updates");
        update(updates, a.updateId(), a.status(), a.body().text(), a.at(), a.components(), a.entryId());
        for (Announcement.EarlierUpdate e : t.earlier()) {
            update(updates, e.id(), e.status(), e.bodyText(), e.at(), e.components(), a.entryId());
        }
        ArrayNode components = i.putArray("components");
        for (Announcement.AffectedComponent c : a.components()) {
            components.add(componentObject(c.id(), c.name(), c.after(), a.at(), m));
        }
        return root;
    }

    private static ObjectNode head(String key, String pageId, State pageState, Instant generatedAt) {
        ObjectNode root = Json.object();
        ObjectNode meta = root.putObject("meta");
        meta.putNull("unsubscribe"); // no per-subscriber address for a webhook
        meta.putNull("documentation");
        Json.time(meta, "generated_at", generatedAt);
        meta.put("idempotency_key", key);
        root.putObject("page").put("id", pageId).put("status_indicator", pageState.indicator())
                .put("status_description", pageState.indicatorDescription());
        return root;
    }

    private static void update(ArrayNode updates, String id, String status, String body, Instant at,
                               List<Announcement.AffectedComponent> components, String entryId) {
        ObjectNode u = updates.addObject();
        u.put("status", status(status));
        u.put("body", body);
        Json.time(u, "created_at", at);
        u.put("wants_twitter_update", false);
        u.putNull("twitter_updated_at");
        Json.time(u, "updated_at", at);
        Json.time(u, "display_at", at);
        ArrayNode affected = u.putArray("affected_components");
        for (Announcement.AffectedComponent c : components) {
            affected.addObject().put("code", c.id()).put("name", c.name()).put("old_status", c.before().componentStatus())
                    .put("new_status", c.after().componentStatus());
        }
        u.putNull("custom_tweet");
        u.put("deliver_notifications", true);
        u.put("id", id);
        u.put("incident_id", entryId);
    }

    private static ObjectNode componentObject(String id, String name, State state, Instant at, Manifest m) {
        ObjectNode c = Json.object();
        c.put("status", state.componentStatus());
        c.put("name", name);
        c.putNull("created_at"); // the manifest does not know when a component was added
        Json.time(c, "updated_at", at);
        int position = m.position(id);
        if (position > 0) {
            c.put("position", position);
        } else {
            c.putNull("position");
        }
        c.putNull("description");
        c.put("showcase", true);
        c.put("id", id);
        c.put("page_id", m.page().id());
        c.putNull("group_id");
        return c;
    }

    /** Herald's update statuses in Statuspage's words (a cancelled window reads as completed, as in the Status API). */
    static String status(String heraldStatus) {
        return switch (heraldStatus) {
            case "in-progress" -> "in_progress";
            case "cancelled" -> "completed";
            default -> heraldStatus;
        };
    }
}
