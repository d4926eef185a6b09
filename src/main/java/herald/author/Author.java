package herald.author;

import herald.yaml.YamlText;
import herald.author.EntryText.NotAppendable;
import herald.content.ContentLoader;
import herald.diag.DisplayPath;
import herald.content.LoadFailure;
import herald.content.Loaded;
import herald.diag.Diagnostic;
import herald.diag.Work;
import herald.diag.Level;
import herald.diag.Suggestions;
import herald.pipeline.Pipeline;
import herald.pipeline.PipelineOptions;
import herald.pipeline.PipelineResult;
import herald.model.Component;
import herald.model.DurationText;
import herald.model.Entry;
import herald.model.Incident;
import herald.model.Maintenance;
import herald.model.Policy;
import herald.model.Severity;
import herald.model.Site;
import herald.model.Update;
import herald.model.UpdateStatus;
import herald.model.TimeFormats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * The authoring operations behind new, update, resolve, postmortem and maintenance: each builds
 * the new text from the standard templates, checks it with the same lint as the build, and writes
 * it atomically; when the lint finds an error in the file, nothing is written.
 */
public final class Author {
    /** The first checkpoint the standard acknowledgement promises ("Next update in 15 minutes"). */
    static final Duration STANDARD_CHECKPOINT = Duration.ofMinutes(15);
    private static final DateTimeFormatter HHMM = TimeFormats.CLOCK_UTC;
    private static final DateTimeFormatter DAY = TimeFormats.DAY_OF_MONTH_UTC;

    private final Path contentDir;
    private final Path cwd;
    private final Instant now;
    private final MessageTemplates templates;
    private BiFunction<Path, String, Loaded> loader;

    /**
     * @param now the current time; times default to it, truncated to the minute
     */
    public Author(Path contentDir, Path cwd, Instant now) {
        this.cwd = cwd;
        this.contentDir = cwd.resolve(contentDir);
        this.now = now;
        this.templates = new MessageTemplates(this.contentDir);
    }

    /** The outcome of an edit: the file as shown, its id and the findings (warnings only; errors refuse the edit). */
    public record Result(String displayPath, String id, List<Diagnostic> findings, Instant next) {
        Result withNext(Instant n) {
            return new Result(displayPath, id, findings, n);
        }
    }

    /** The edit was refused: a message, and the lint findings that made it invalid (if any). */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Diagnostic> findings;

        Refused(String message, List<Diagnostic> findings) {
            super(message, null, false, false);
            this.findings = List.copyOf(findings);
        }

        Refused(String message) {
            this(message, List.of());
        }

        public List<Diagnostic> findings() {
            return findings;
        }
    }

    // ------------------------------------------------------------------ shared

    /** A time as authoring commands write it: to the minute, in UTC. */
    public static OffsetDateTime minute(Instant t) {
        return t.truncatedTo(ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC);
    }

    private OffsetDateTime at(OffsetDateTime given) {
        return given != null ? given : minute(now);
    }

    private static String time(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME).replace("+00:00", "Z");
    }

    /** site.yaml, read on first use and once per Author (one command): the site, and entry texts parsed against it. */
    private BiFunction<Path, String, Loaded> loader() throws Refused {
        if (loader == null) {
            try {
                loader = ContentLoader.loadSiteOnce(contentDir, cwd, new Work());
            } catch (LoadFailure e) {
                throw new Refused(e.getMessage());
            }
        }
        return loader;
    }

    private Site site() throws Refused {
        return loader().apply(null, null).model().map(c -> c.site())
                .orElseThrow(() -> new Refused("site.yaml does not load: run herald lint and fix it first"));
    }

    /** Finds an incident or maintenance file by id, file name or path; unknown ids list close matches. */
    public Path find(String idOrPath, boolean incident) throws Refused {
        String id = Path.of(idOrPath).getFileName().toString();
        if (id.endsWith(".md")) {
            id = id.substring(0, id.length() - 3);
        }
        Path dir = contentDir.resolve(incident ? "incidents" : "maintenance");
        Path file = dir.resolve(id + ".md");
        if (Files.isRegularFile(file)) {
            return file;
        }
        List<String> ids = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).map(n -> n.substring(0, n.length() - 3)).sorted().forEach(ids::add);
        } catch (IOException e) {
            // no folder: no matches
        }
        final String wanted = id;
        List<String> close = new ArrayList<>(ids.stream().filter(i -> i.contains(wanted) || wanted.contains(i)).limit(5).toList());
        Suggestions.closest(id, ids).filter(s -> !close.contains(s)).ifPresent(close::add);
        String kind = incident ? "incident" : "maintenance window";
        throw new Refused("no " + kind + " \"" + id + "\" in " + DisplayPath.of(cwd, dir)
                + (close.isEmpty() ? "" : "; did you mean: " + String.join(", ", close) + "?"));
    }

    /** The entry as it is now, validated: an edit starts from a file whose required fields are all there. */
    private Entry current(Path file, String text) throws Refused {
        List<Entry> entries = loader().apply(file, text).model().map(c -> c.entries()).orElse(List.of());
        if (entries.isEmpty()) {
            throw new Refused(DisplayPath.of(cwd, file) + " cannot be read: run herald lint and fix it first");
        }
        return entries.get(0);
    }

    /** The lint of the file with its new text: errors refuse the edit, warnings are returned. */
    private List<Diagnostic> check(Path file, String newText) throws Refused {
        Loaded loaded = loader().apply(file, newText);
        String display = DisplayPath.of(cwd, file);
        PipelineResult linted = Pipeline.lint(PipelineOptions.of(contentDir, cwd, now), loaded);
        List<Diagnostic> mine = linted.diagnostics().stream().filter(x -> x.file().equals(display)).toList();
        if (mine.stream().anyMatch(x -> x.level() == Level.ERROR)) {
            throw new Refused("refused: the result would not pass the lint; nothing was written", mine);
        }
        return mine;
    }

    private String componentNames(Site site, List<String> ids) {
        List<String> names = ids.stream().map(id -> site.component(id).map(Component::name).orElse(id)).toList();
        return MessageTemplates.names(names);
    }

    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 48) {
            s = s.substring(0, 48).replaceAll("-[^-]*$", "");
        }
        return s.isEmpty() ? "incident" : s;
    }

    private Path freshFile(String folder, String date, String title) {
        String base = date + "-" + slug(title);
        String id = base;
        for (int n = 2; Files.exists(contentDir.resolve("incidents").resolve(id + ".md"))
                || Files.exists(contentDir.resolve("maintenance").resolve(id + ".md")); n++) {
            id = base + "-" + n;
        }
        return contentDir.resolve(folder).resolve(id + ".md");
    }

    private static String effectFor(Severity s) {
        return switch (s) {
            case S1 -> "errors for most requests";
            case S2 -> "slow or incomplete responses";
            case S3 -> "errors in one region or one feature";
            case S4 -> "no change in how the service works";
        };
    }

    private Result write(Path file, boolean mustExist, FileEdit.Change change, String id, Instant next) throws Refused, IOException {
        List<List<Diagnostic>> findings = new ArrayList<>();
        try {
            FileEdit.edit(file, mustExist, change, text -> findings.add(check(file, text)));
        } catch (Refused | IOException e) {
            throw e;
        } catch (NotAppendable e) {
            throw new Refused(DisplayPath.of(cwd, file) + ": " + e.getMessage());
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
        return new Result(DisplayPath.of(cwd, file), id, findings.isEmpty() ? List.of() : findings.get(0), next);
    }

    // ------------------------------------------------------------------ new

    /** What `herald new` takes; null fields get the defaults. */
    public record NewIncident(String title, Severity severity, List<String> components, OffsetDateTime triggered,
            OffsetDateTime at, String owner, String scope, String effect, String waiver, Map<String, String> roles) {
    }

    public Result newIncident(NewIncident spec) throws Refused, IOException {
        Site site = site();
        OffsetDateTime at = at(spec.at());
        OffsetDateTime triggered = spec.triggered() != null ? spec.triggered() : at;
        Policy policy = site.policy();
        Duration step = defaultStep(policy, UpdateStatus.INVESTIGATING);
        OffsetDateTime next = at.plus(step);
        String names = componentNames(site, spec.components());
        String effect = spec.effect() != null ? spec.effect() : effectFor(spec.severity());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("components", names);
        values.put("effect", MessageTemplates.midSentence(effect));
        values.put("minutes", Long.toString(step.toMinutes()));
        values.put("next", HHMM.format(next));
        String body = YamlText.wrap(templates.fill("initial", values), 88);
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(YamlText.scalar(spec.title().strip())).append('\n');
        sb.append("severity: ").append(spec.severity().name()).append('\n');
        sb.append("components: [").append(String.join(", ", spec.components())).append("]\n");
        sb.append("triggered: ").append(time(triggered)).append('\n');
        if (spec.severity().breaksUsers()) {
            sb.append("banner: ").append(YamlText.scalar(templates.fill("banner", values))).append('\n');
        }
        sb.append("updates:\n");
        sb.append("  - at: ").append(time(at)).append('\n');
        sb.append("    status: investigating\n");
        sb.append("    owner: ").append(YamlText.scalar(spec.owner() != null ? spec.owner() : "Comms lead")).append('\n');
        sb.append("    scope: ").append(YamlText.scalar(spec.scope() != null ? spec.scope() : names)).append('\n');
        sb.append("    effect: ").append(YamlText.scalar(effect)).append('\n');
        sb.append("    next: ").append(time(next)).append('\n');
        if (spec.waiver() != null) {
            sb.append("    waiver: ").append(YamlText.scalar(spec.waiver())).append('\n');
        }
        sb.append(YamlText.block("body", body, "    "));
        sb.append("internal:\n");
        List<String> roleLines = new ArrayList<>();
        for (String role : List.of("incidentLead", "commsLead", "supportLead", "sreOnCall")) {
            String who = spec.roles() == null ? null : spec.roles().get(role);
            roleLines.add(role + ": " + (who == null ? "" : YamlText.scalar(who)));
        }
        sb.append("  roles: {").append(String.join(", ", roleLines)).append("}\n");
        sb.append("---\n");
        Path file = freshFile("incidents", triggered.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString(), spec.title());
        String text = sb.toString();
        return write(file, false, original -> {
            if (original != null) {
                throw new Refused(DisplayPath.of(cwd, file) + " already exists");
            }
            return text;
        }, idOf(file), next.toInstant());
    }

    /**
     * The next checkpoint an update of this status promises by default: the policy's cadence for it
     * (policy.cadenceAfter), and while the incident is active no later than the standard wording's
     * 15 minutes.
     */
    private static Duration defaultStep(Policy policy, UpdateStatus status) throws Refused {
        Policy.Cadence cadence = policy.cadenceAfter(status);
        if (cadence == null) {
            throw new Refused("an incident update is investigating, identified or monitoring, not " + status.id());
        }
        return status == UpdateStatus.MONITORING || cadence.limit().compareTo(STANDARD_CHECKPOINT) < 0 ? cadence.limit() : STANDARD_CHECKPOINT;
    }

    private static String idOf(Path file) {
        String n = file.getFileName().toString();
        return n.substring(0, n.length() - 3);
    }

    // ------------------------------------------------------------------ update, resolve, postmortem

    /** What `herald update` takes; null fields get the defaults (previous scope, effect and owner). */
    public record IncidentUpdate(UpdateStatus status, String body, String template, String next, OffsetDateTime at,
            String owner, String scope, String effect, String waiver) {
    }

    private static final java.util.regex.Pattern TIME_OF_DAY = java.util.regex.Pattern.compile("(\\d{1,2}):(\\d{2})");

    /**
     * The next checkpoint: a duration after {@code at}, a time of day in UTC (the first such time
     * after {@code at}, so 00:10 written at 23:55 is the next day), or a timestamp.
     */
    static OffsetDateTime nextFrom(String next, OffsetDateTime at, Duration fallback) throws Refused {
        if (next == null) {
            return at.plus(fallback);
        }
        Optional<Duration> d = DurationText.parse(next);
        if (d.isPresent()) {
            return at.plus(d.get());
        }
        java.util.regex.Matcher clock = TIME_OF_DAY.matcher(next.trim());
        if (clock.matches()) {
            int hour = Integer.parseInt(clock.group(1));
            int minute = Integer.parseInt(clock.group(2));
            if (hour > 23 || minute > 59) {
                throw new Refused("--next \"" + next + "\" is not a time of day: write HH:MM from 00:00 to 23:59 (UTC)");
            }
            OffsetDateTime from = at.withOffsetSameInstant(ZoneOffset.UTC);
            OffsetDateTime same = from.withHour(hour).withMinute(minute).withSecond(0).withNano(0);
            return same.isAfter(from) ? same : same.plusDays(1);
        }
        herald.content.Timestamps.Reading r = herald.content.Timestamps.read(next.trim());
        if (r.value() != null) {
            return r.value();
        }
        throw new Refused("--next " + (r.outOfRange() ? "is " + r.problem()
                : "\"" + next + "\" is neither a duration (15m, 1h), a time of day (14:40 UTC) nor a timestamp with an offset"));
    }

    public Result update(String idOrPath, IncidentUpdate spec) throws Refused, IOException {
        if (spec.status() == UpdateStatus.RESOLVED) {
            throw new Refused("use herald resolve " + idOrPath + " --cause \"…\" to resolve: it also records the cause");
        }
        if (spec.status() == UpdateStatus.POSTMORTEM) {
            throw new Refused("use herald postmortem " + idOrPath + " URL: it also records the link");
        }
        Path file = find(idOrPath, true);
        Site site = site();
        Instant[] next = new Instant[1];
        return write(file, true, original -> {
            Incident incident = (Incident) current(file, original);
            Update last = incident.latestUpdate();
            OffsetDateTime at = at(spec.at());
            OffsetDateTime nextAt = nextFrom(spec.next(), at, defaultStep(site.policy(), spec.status()));
            next[0] = nextAt.toInstant();
            String effect = spec.effect() != null ? spec.effect() : last.effect();
            String body = spec.body();
            if (body == null) {
                String name = spec.template() != null ? spec.template() : switch (spec.status()) {
                    case IDENTIFIED -> "identified";
                    case MONITORING -> "monitoring";
                    default -> "ongoing";
                };
                Map<String, String> values = new LinkedHashMap<>();
                values.put("components", componentNames(site, incident.components()));
                values.put("effect", effect == null ? null : MessageTemplates.midSentence(effect));
                values.put("next", HHMM.format(nextAt));
                body = YamlText.wrap(templates.fill(name, values), 88);
            }
            List<String[]> fields = new ArrayList<>();
            fields.add(new String[] {"at", time(at)});
            fields.add(new String[] {"status", spec.status().id()});
            fields.add(new String[] {"owner", YamlText.scalar(spec.owner() != null ? spec.owner() : last.owner())});
            fields.add(new String[] {"scope", YamlText.scalar(spec.scope() != null ? spec.scope() : last.scope())});
            fields.add(new String[] {"effect", YamlText.scalar(nonNull(effect, "unchanged"))});
            fields.add(new String[] {"next", time(nextAt)});
            if (spec.waiver() != null) {
                fields.add(new String[] {"waiver", YamlText.scalar(spec.waiver())});
            }
            fields.add(new String[] {"body", body});
            return EntryText.parse(original).withUpdate(fields).text();
        }, idOf(file), null).withNext(next[0]);
    }

    private static String nonNull(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }

    /** What `herald resolve` takes. */
    public record Resolution(String cause, String postmortem, String body, OffsetDateTime at, String owner, String scope, String effect) {
    }

    public Result resolve(String idOrPath, Resolution spec) throws Refused, IOException {
        Path file = find(idOrPath, true);
        Site site = site();
        return write(file, true, original -> {
            Incident incident = (Incident) current(file, original);
            if (incident.isResolved()) {
                throw new Refused(incident.id() + " is already resolved; add a postmortem with herald postmortem " + incident.id() + " URL");
            }
            Update last = incident.latestUpdate();
            EntryText text = EntryText.parse(original);
            if (spec.cause() != null) {
                text = text.withTopLevel("cause", YamlText.scalar(spec.cause().strip()));
            } else if (incident.cause() == null) {
                throw new Refused("a resolved incident needs a short public cause: add --cause \"…\"");
            }
            if (spec.postmortem() != null) {
                text = text.withTopLevel("postmortem", spec.postmortem().strip());
            }
            String body = spec.body();
            if (body == null) {
                body = YamlText.wrap(templates.fill("resolved", Map.of("components", componentNames(site, incident.components()))), 88);
            }
            List<String[]> fields = new ArrayList<>();
            fields.add(new String[] {"at", time(at(spec.at()))});
            fields.add(new String[] {"status", "resolved"});
            fields.add(new String[] {"owner", YamlText.scalar(spec.owner() != null ? spec.owner() : last.owner())});
            fields.add(new String[] {"scope", YamlText.scalar(spec.scope() != null ? spec.scope() : last.scope())});
            fields.add(new String[] {"effect", YamlText.scalar(spec.effect() != null ? spec.effect() : "None")});
            fields.add(new String[] {"body", body});
            return text.withUpdate(fields).text();
        }, idOf(file), null);
    }

    public Result postmortem(String idOrPath, String url, OffsetDateTime atGiven) throws Refused, IOException {
        Path file = find(idOrPath, true);
        Site site = site();
        return write(file, true, original -> {
            Incident incident = (Incident) current(file, original);
            if (!incident.isResolved()) {
                throw new Refused(incident.id() + " is not resolved yet: resolve it first (herald resolve " + incident.id() + " --cause \"…\")");
            }
            Update last = incident.latestUpdate();
            EntryText text = EntryText.parse(original);
            String existing = text.topLevelValue("postmortem");
            if (existing == null || existing.isEmpty()) {
                text = text.withTopLevel("postmortem", url.strip());
            } else if (!existing.equals(url.strip())) {
                throw new Refused("the incident already links " + existing + "; change it by hand if the link moved");
            }
            String within = humanDuration(site.policy().postmortemWithin());
            String body = YamlText.wrap(templates.fill("postmortem", Map.of("postmortemWithin", within)), 88);
            List<String[]> fields = new ArrayList<>();
            fields.add(new String[] {"at", time(at(atGiven))});
            fields.add(new String[] {"status", "postmortem"});
            fields.add(new String[] {"owner", YamlText.scalar("Incident lead")});
            fields.add(new String[] {"scope", YamlText.scalar(last.scope())});
            fields.add(new String[] {"effect", YamlText.scalar("None")});
            fields.add(new String[] {"body", body});
            return text.withUpdate(fields).text();
        }, idOf(file), null);
    }

    static String humanDuration(Duration d) {
        long hours = d.toHours();
        if (d.toMinutes() % 60 == 0 && hours > 0) {
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return d.toMinutes() + " minutes";
    }

    // ------------------------------------------------------------------ maintenance

    public record NewMaintenance(String title, List<String> components, OffsetDateTime start, OffsetDateTime end,
            OffsetDateTime at, String owner, String scope, String effect) {
    }

    public Result newMaintenance(NewMaintenance spec) throws Refused, IOException {
        Site site = site();
        OffsetDateTime at = at(spec.at());
        String names = componentNames(site, spec.components());
        String effect = spec.effect() != null ? spec.effect() : "brief interruptions are possible";
        Map<String, String> values = new LinkedHashMap<>();
        values.put("components", names);
        values.put("effect", MessageTemplates.midSentence(effect));
        values.put("date", DAY.format(spec.start()));
        values.put("start", HHMM.format(spec.start()));
        values.put("end", HHMM.format(spec.end()));
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(YamlText.scalar(spec.title().strip())).append('\n');
        sb.append("components: [").append(String.join(", ", spec.components())).append("]\n");
        sb.append("scheduled: {start: ").append(time(spec.start())).append(", end: ").append(time(spec.end())).append("}\n");
        sb.append("banner: ").append(YamlText.scalar(templates.fill("maintenance-banner", values))).append('\n');
        sb.append("updates:\n");
        sb.append("  - at: ").append(time(at)).append('\n');
        sb.append("    status: scheduled\n");
        sb.append("    owner: ").append(YamlText.scalar(spec.owner() != null ? spec.owner() : "SRE on call")).append('\n');
        sb.append("    scope: ").append(YamlText.scalar(spec.scope() != null ? spec.scope() : names)).append('\n');
        sb.append("    effect: ").append(YamlText.scalar(effect)).append('\n');
        sb.append(YamlText.block("body", YamlText.wrap(templates.fill("maintenance-scheduled", values), 88), "    "));
        sb.append("---\n");
        Path file = freshFile("maintenance", spec.start().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString(), spec.title());
        String text = sb.toString();
        return write(file, false, original -> {
            if (original != null) {
                throw new Refused(DisplayPath.of(cwd, file) + " already exists");
            }
            return text;
        }, idOf(file), null);
    }

    public Result maintenanceUpdate(String idOrPath, UpdateStatus status, String body, OffsetDateTime atGiven) throws Refused, IOException {
        Path file = find(idOrPath, false);
        return write(file, true, original -> {
            Maintenance m = (Maintenance) current(file, original);
            Update last = m.latestUpdate();
            String text = body;
            if (text == null) {
                text = templates.fill(switch (status) {
                    case IN_PROGRESS -> "maintenance-started";
                    case VERIFYING -> "maintenance-verifying";
                    case COMPLETED -> "maintenance-completed";
                    case CANCELLED -> "maintenance-cancelled";
                    default -> throw new Refused("a maintenance update is in-progress, verifying, completed or cancelled");
                }, Map.of());
            }
            List<String[]> fields = new ArrayList<>();
            fields.add(new String[] {"at", time(at(atGiven))});
            fields.add(new String[] {"status", status.id()});
            fields.add(new String[] {"owner", YamlText.scalar(last.owner())});
            fields.add(new String[] {"scope", YamlText.scalar(last.scope())});
            fields.add(new String[] {"effect", YamlText.scalar(status.closes() ? "None" : last.effect())});
            fields.add(new String[] {"body", YamlText.wrap(text, 88)});
            return EntryText.parse(original).withUpdate(fields).text();
        }, idOf(file), null);
    }

    /** Reads an entry for the internal tools (notify, evidence). */
    public Entry read(String idOrPath) throws Refused, IOException {
        Path file;
        try {
            file = find(idOrPath, true);
        } catch (Refused notAnIncident) {
            file = find(idOrPath, false);
        }
        return current(file, Files.readString(file));
    }

    public Site siteSettings() throws Refused {
        return site();
    }
}
