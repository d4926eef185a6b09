package herald.render;

import com.fasterxml.jackson.core.JsonGenerator;
import herald.api.StatuspageJson.AffectedComponent;
import herald.api.StatuspageJson.Component;
import herald.api.StatuspageJson.ComponentsFile;
import herald.api.StatuspageJson.Incident;
import herald.api.StatuspageJson.IncidentUpdate;
import herald.api.StatuspageJson.IncidentsFile;
import herald.api.StatuspageJson.MaintenancesFile;
import herald.api.StatuspageJson.Page;
import herald.api.StatuspageJson.ScheduledMaintenance;
import herald.api.StatuspageJson.Status;
import herald.api.StatuspageJson.StatusFile;
import herald.api.StatuspageJson.Summary;
import java.io.IOException;
import java.util.List;

/**
 * The files of api/v2/ through Jackson's generator, key for key in Statuspage's order, every key
 * of an object present (null where Herald has no value; a component's {@code components} only on
 * a group). Written by hand rather than by Jackson's data binding, which reads each record through
 * reflection: from an accessor's 128th call the JDK generates a class for it, 29 per build at 100 incidents,
 * whose making and compiling cost more than writing a small site's API.
 */
final class StatuspageWriter {
    private StatuspageWriter() {
    }

    /**
     * One file of api/v2/ (an {@link herald.api.ApiFiles.File}'s content) as the generator's one
     * value. The files' own keys are left out when null, the objects' keys never.
     */
    static void file(JsonGenerator g, Record file) throws IOException {
        g.writeStartObject();
        if (file instanceof Summary s) {
            page(g, s.page());
            fileList(g, "components", s.components(), StatuspageWriter::component);
            fileList(g, "incidents", s.incidents(), StatuspageWriter::incident);
            fileList(g, "scheduled_maintenances", s.scheduledMaintenances(), StatuspageWriter::maintenance);
            status(g, s.status());
        } else if (file instanceof StatusFile s) {
            page(g, s.page());
            status(g, s.status());
        } else if (file instanceof ComponentsFile c) {
            page(g, c.page());
            fileList(g, "components", c.components(), StatuspageWriter::component);
        } else if (file instanceof IncidentsFile i) {
            page(g, i.page());
            fileList(g, "incidents", i.incidents(), StatuspageWriter::incident);
        } else if (file instanceof MaintenancesFile m) {
            page(g, m.page());
            fileList(g, "scheduled_maintenances", m.scheduledMaintenances(), StatuspageWriter::maintenance);
        } else {
            throw new IllegalArgumentException("not a file of api/v2/: " + file.getClass().getName());
        }
        g.writeEndObject();
    }

    private static void page(JsonGenerator g, Page p) throws IOException {
        if (p == null) {
            return;
        }
        g.writeObjectFieldStart("page");
        g.writeStringField("id", p.id());
        g.writeStringField("name", p.name());
        g.writeStringField("url", p.url());
        g.writeStringField("time_zone", p.timeZone());
        g.writeStringField("updated_at", p.updatedAt());
        g.writeEndObject();
    }

    private static void status(JsonGenerator g, Status s) throws IOException {
        if (s == null) {
            return;
        }
        g.writeObjectFieldStart("status");
        g.writeStringField("indicator", s.indicator());
        g.writeStringField("description", s.description());
        g.writeEndObject();
    }

    private static void component(JsonGenerator g, Component c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("name", c.name());
        g.writeStringField("status", c.status());
        g.writeStringField("created_at", c.createdAt());
        g.writeStringField("updated_at", c.updatedAt());
        g.writeNumberField("position", c.position());
        g.writeStringField("description", c.description());
        g.writeBooleanField("showcase", c.showcase());
        g.writeStringField("start_date", c.startDate());
        g.writeStringField("group_id", c.groupId());
        g.writeStringField("page_id", c.pageId());
        g.writeBooleanField("group", c.group());
        g.writeBooleanField("only_show_if_degraded", c.onlyShowIfDegraded());
        if (c.components() != null) {
            g.writeArrayFieldStart("components");
            for (String id : c.components()) {
                g.writeString(id);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void incident(JsonGenerator g, Incident i) throws IOException {
        g.writeStartObject();
        entry(g, i.id(), i.name(), i.status(), i.createdAt(), i.updatedAt(), i.monitoringAt(), i.resolvedAt(), i.impact(),
                i.shortlink(), i.startedAt(), i.pageId(), i.incidentUpdates(), i.components());
        g.writeEndObject();
    }

    private static void maintenance(JsonGenerator g, ScheduledMaintenance m) throws IOException {
        g.writeStartObject();
        entry(g, m.id(), m.name(), m.status(), m.createdAt(), m.updatedAt(), m.monitoringAt(), m.resolvedAt(), m.impact(),
                m.shortlink(), m.startedAt(), m.pageId(), m.incidentUpdates(), m.components());
        g.writeStringField("scheduled_for", m.scheduledFor());
        g.writeStringField("scheduled_until", m.scheduledUntil());
        g.writeEndObject();
    }

    /** The keys an incident and a scheduled maintenance share, in their order. */
    private static void entry(JsonGenerator g, String id, String name, String status, String createdAt, String updatedAt,
            String monitoringAt, String resolvedAt, String impact, String shortlink, String startedAt, String pageId,
            List<IncidentUpdate> updates, List<Component> components) throws IOException {
        g.writeStringField("id", id);
        g.writeStringField("name", name);
        g.writeStringField("status", status);
        g.writeStringField("created_at", createdAt);
        g.writeStringField("updated_at", updatedAt);
        g.writeStringField("monitoring_at", monitoringAt);
        g.writeStringField("resolved_at", resolvedAt);
        g.writeStringField("impact", impact);
        g.writeStringField("shortlink", shortlink);
        g.writeStringField("started_at", startedAt);
        g.writeStringField("page_id", pageId);
        list(g, "incident_updates", updates, StatuspageWriter::update);
        list(g, "components", components, StatuspageWriter::component);
    }

    private static void update(JsonGenerator g, IncidentUpdate u) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", u.id());
        g.writeStringField("status", u.status());
        g.writeStringField("body", u.body());
        g.writeStringField("incident_id", u.incidentId());
        g.writeStringField("created_at", u.createdAt());
        g.writeStringField("updated_at", u.updatedAt());
        g.writeStringField("display_at", u.displayAt());
        list(g, "affected_components", u.affectedComponents(), StatuspageWriter::affected);
        g.writeBooleanField("deliver_notifications", u.deliverNotifications());
        g.writeStringField("custom_tweet", u.customTweet());
        g.writeStringField("tweet_id", u.tweetId());
        g.writeEndObject();
    }

    private static void affected(JsonGenerator g, AffectedComponent a) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", a.code());
        g.writeStringField("name", a.name());
        g.writeStringField("old_status", a.oldStatus());
        g.writeStringField("new_status", a.newStatus());
        g.writeEndObject();
    }

    private interface ValueWriter<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    private static <T> void fileList(JsonGenerator g, String name, List<T> values, ValueWriter<T> each) throws IOException {
        if (values != null) {
            list(g, name, values, each);
        }
    }

    private static <T> void list(JsonGenerator g, String name, List<T> values, ValueWriter<T> each) throws IOException {
        if (values == null) {
            g.writeNullField(name);
            return;
        }
        g.writeArrayFieldStart(name);
        for (T v : values) {
            each.write(g, v);
        }
        g.writeEndArray();
    }
}
