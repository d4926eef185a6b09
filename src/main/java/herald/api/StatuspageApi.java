package herald.api;

import herald.announce.UpdateIds;
import herald.api.StatuspageJson.Component;
import herald.api.StatuspageJson.Page;
import herald.api.StatuspageJson.ScheduledMaintenance;
import herald.api.StatuspageJson.Status;
import herald.model.Content;
import herald.model.Entry;
import herald.model.Incident;
import herald.model.Maintenance;
import herald.model.NewestFirst;
import herald.model.PublicState;
import herald.model.Site;
import herald.model.SiteStatus;
import herald.model.Update;
import herald.model.UpdateStatus;
import herald.model.TimeFormats;
import herald.diag.Work;
import herald.markdown.MarkdownMemo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the files of site/api/v2/ from the validated model, as typed records mapped as statuspage-v2.md says. Lists are
 * bounded (50 incidents, 50 maintenance windows), so the work does not grow with history.
 */
public final class StatuspageApi {
    public static final int RECENT = 50;

    private final Content content;
    private final Site site;
    private final Instant now;
    private final String baseUrl;
    private final SiteStatus status;
    private final String pageId;
    private final Page page;
    private final IncidentUpdates updates;
    private final Work work;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, String> groupIds = new LinkedHashMap<>();
    private final String createdAt;
    private final Map<String, String> componentUpdatedAt = new HashMap<>();

    /** Each incident and window as an API object, built once however many files list it. */
    private final Map<String, StatuspageJson.Incident> incidentObjects = new HashMap<>();
    private final Map<String, ScheduledMaintenance> maintenanceObjects = new HashMap<>();

    private StatuspageApi(Content content, SiteStatus status, Instant now, Instant newest, String baseUrl, Work work,
            MarkdownMemo markdown) {
        this.updates = new IncidentUpdates(content.site(), new ComponentHistory(content, work), markdown);
        this.work = work;
        this.content = content;
        this.site = content.site();
        this.now = now;
        this.baseUrl = baseUrl;
        this.status = status;
        this.pageId = shortId(baseUrl);
        Instant oldest = null;
        Map<String, Instant> newestByComponent = new HashMap<>();
        for (Entry e : content.entries()) {
            for (Update u : e.updates()) {
                Instant at = u.instant();
                if (!at.isAfter(now)) {
                    oldest = oldest == null || at.isBefore(oldest) ? at : oldest;
                }
            }
            Instant entryNewest = e.newestUpdateAt(now);
            if (entryNewest != null) {
                for (String c : e.components()) {
                    newestByComponent.merge(c, entryNewest, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        // each component's stamp formatted once, not once per update (the stamps order as the instants do)
        newestByComponent.forEach((c, t) -> componentUpdatedAt.put(c, timestamp(t)));
        this.createdAt = oldest == null ? null : timestamp(oldest);
        this.page = new Page(pageId, site.title(), stripSlash(baseUrl), site.timezone().getId(), newest == null ? null : timestamp(newest));
        for (int i = 0; i < site.components().size(); i++) {
            herald.model.Component c = site.components().get(i);
            positions.put(c.id(), i + 1);
            if (c.group() != null) {
                groupIds.putIfAbsent(c.group(), "group-" + shortId("group:" + c.group()));
            }
        }
    }

    /**
     * Every file of api/v2/, by path under the site root.
     *
     * @param status the site's state at {@code now}, as the pages show it
     * @param newest the newest update time at or before {@code now}, or null when there is none
     */
    public static ApiFiles files(Content content, SiteStatus status, Instant now, Instant newest, String baseUrl, Work work) {
        return files(content, status, now, newest, baseUrl, work, new MarkdownMemo(() -> work.count(Work.Unit.MARKDOWN)));
    }

    /** The same, with the bodies' texts from {@code markdown}: the derive stage's, which the feeds and pages share. */
    public static ApiFiles files(Content content, SiteStatus status, Instant now, Instant newest, String baseUrl, Work work,
            MarkdownMemo markdown) {
        return new StatuspageApi(content, status, now, newest, baseUrl, work, markdown).files();
    }

    private ApiFiles files() {
        List<Component> components = components();
        List<Incident> incidentsNewestFirst = NewestFirst.of(content.incidents());
        // open incidents and current windows as the page computes them, newest start first like the other lists
        List<StatuspageJson.Incident> unresolved = status.activeIncidents().stream().map(this::incident).toList();
        List<StatuspageJson.Incident> recent = incidentsNewestFirst.stream()
                .filter(i -> !i.startedAt().isAfter(now))
                .limit(RECENT).map(this::incident).toList();
        List<Maintenance> windowsNewestFirst = NewestFirst.of(content.maintenance());
        List<ScheduledMaintenance> allWindows = windowsNewestFirst.stream().limit(RECENT).map(this::maintenance).toList();
        List<ScheduledMaintenance> upcoming = NewestFirst.of(status.upcoming()).stream().map(this::maintenance).toList();
        List<ScheduledMaintenance> active = NewestFirst.of(status.inProgress()).stream().map(this::maintenance).toList();
        List<ScheduledMaintenance> summaryWindows = new ArrayList<>(active);
        summaryWindows.addAll(upcoming);
        Status overall = overallStatus();
        return new ApiFiles(new StatuspageJson.Summary(page, components, unresolved, summaryWindows, overall),
                new StatuspageJson.StatusFile(page, overall), new StatuspageJson.ComponentsFile(page, components),
                new StatuspageJson.IncidentsFile(page, recent), new StatuspageJson.IncidentsFile(page, unresolved),
                new StatuspageJson.MaintenancesFile(page, allWindows), new StatuspageJson.MaintenancesFile(page, upcoming),
                new StatuspageJson.MaintenancesFile(page, active));
    }

    // ------------------------------------------------------------------ vocabularies

    /** Herald's public states in Statuspage's component vocabulary. */
    static String componentStatus(PublicState s) {
        return switch (s) {
            case OPERATIONAL, INFORMATIONAL -> "operational";
            case DEGRADED_PERFORMANCE -> "degraded_performance";
            case PARTIAL_OUTAGE -> "partial_outage";
            case MAJOR_OUTAGE -> "major_outage";
            case MAINTENANCE -> "under_maintenance";
        };
    }

    /** Update statuses in Statuspage's vocabulary (a cancelled window reads as completed: Statuspage has no cancelled). */
    static String updateStatus(UpdateStatus s) {
        return switch (s) {
            case IN_PROGRESS -> "in_progress";
            case CANCELLED -> "completed";
            default -> s.id();
        };
    }

    private Status overallStatus() {
        return switch (status.overall()) {
            case OPERATIONAL, INFORMATIONAL -> new Status("none", "All Systems Operational");
            case DEGRADED_PERFORMANCE -> new Status("minor", "Partially Degraded Service");
            case PARTIAL_OUTAGE -> new Status("major", "Partial System Outage");
            case MAJOR_OUTAGE -> new Status("critical", "Major System Outage");
            case MAINTENANCE -> new Status("maintenance", "Service Under Maintenance");
        };
    }

    // ------------------------------------------------------------------ objects

    private List<Component> components() {
        List<Component> out = new ArrayList<>();
        Map<String, List<herald.model.Component>> byGroup = new LinkedHashMap<>();
        for (herald.model.Component c : site.components()) {
            if (c.group() != null) {
                byGroup.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c);
            }
        }
        int groupPosition = site.components().size();
        for (Map.Entry<String, List<herald.model.Component>> g : byGroup.entrySet()) {
            PublicState worst = PublicState.OPERATIONAL;
            String updated = createdAt;
            for (herald.model.Component c : g.getValue()) {
                worst = PublicState.worst(worst, status.components().get(c.id()));
                String u = componentUpdatedAt.get(c.id());
                if (u != null && (updated == null || u.compareTo(updated) > 0)) {
                    updated = u;
                }
            }
            out.add(new Component(groupIds.get(g.getKey()), g.getKey(), componentStatus(worst), createdAt, updated,
                    ++groupPosition, null, false, null, null, pageId, true, false,
                    g.getValue().stream().map(herald.model.Component::id).toList()));
        }
        for (herald.model.Component c : site.components()) {
            out.add(component(c, status.components().get(c.id())));
        }
        return out;
    }

    private Component component(herald.model.Component c, PublicState state) {
        return new Component(c.id(), c.name(), componentStatus(state), createdAt,
                componentUpdatedAt.getOrDefault(c.id(), createdAt), positions.get(c.id()), c.description(), true, null,
                c.group() == null ? null : groupIds.get(c.group()), pageId, false, false, null);
    }

    private List<Component> componentsOf(Entry e) {
        List<Component> out = new ArrayList<>();
        for (String id : e.components()) {
            site.component(id).ifPresent(c -> out.add(component(c, status.components().get(id))));
        }
        return out;
    }

    private StatuspageJson.Incident incident(Incident i) {
        return incidentObjects.computeIfAbsent(i.id(), id -> incidentObject(i));
    }

    private ScheduledMaintenance maintenance(Maintenance m) {
        return maintenanceObjects.computeIfAbsent(m.id(), id -> maintenanceObject(m));
    }

    private StatuspageJson.Incident incidentObject(Incident i) {
        String monitoringAt = i.updates().stream().filter(u -> u.status() == UpdateStatus.MONITORING)
                .findFirst().map(u -> timestamp(u.instant())).orElse(null);
        return new StatuspageJson.Incident(apiId(i), i.title(), updateStatus(i.status()),
                timestamp(first(i)), timestamp(i.lastUpdatedAt()), monitoringAt, i.resolvedAt().map(StatuspageApi::timestamp).orElse(null),
                i.severity().impact(), baseUrl + i.path(),
                timestamp(i.startedAt()), pageId, updates.of(i), componentsOf(i));
    }

    private ScheduledMaintenance maintenanceObject(Maintenance m) {
        String resolvedAt = m.closingUpdate().map(u -> timestamp(u.instant())).orElse(null);
        return new ScheduledMaintenance(apiId(m), m.title(), updateStatus(maintenanceStatus(m)),
                timestamp(first(m)), timestamp(m.lastUpdatedAt()), null, resolvedAt, "maintenance",
                baseUrl + m.path(), timestamp(first(m)), pageId, updates.of(m), componentsOf(m),
                timestamp(m.start().toInstant()), timestamp(m.end().toInstant()));
    }

    /**
     * The latest update's status, except that a window whose start has come is {@code in_progress}
     * though nobody wrote so: active.json holds windows in progress (spec), as the page and the
     * components' {@code under_maintenance} say, and a window starts on time by itself.
     */
    private UpdateStatus maintenanceStatus(Maintenance m) {
        UpdateStatus latest = m.latestUpdate().status();
        return latest == UpdateStatus.SCHEDULED && m.phaseAt(now) == Maintenance.Phase.IN_PROGRESS ? UpdateStatus.IN_PROGRESS : latest;
    }

    private static Instant first(Entry e) {
        return e.updates().get(0).instant();
    }

    /**
     * Statuspage's id of an entry imported from it (consumers keyed on ids keep working), else Herald's id.
     */
    static String apiId(Entry e) {
        return e.isImported() && e.imported().fromStatuspage() ? e.imported().id() : e.id();
    }

    // ------------------------------------------------------------------ ids and times

    static String timestamp(Instant t) {
        return t == null ? null : TimeFormats.API.format(t);
    }

    /** A stable 12-character id in Statuspage's style: the one hash herald announce's ids use too. */
    static String shortId(String seed) {
        return UpdateIds.shortId(seed);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
