package herald.author;

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
import herald.model.Entry;
import herald.model.Severity;
import herald.model.Site;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    static final DateTimeFormatter HHMM = TimeFormats.CLOCK_UTC;
    static final DateTimeFormatter DAY = TimeFormats.DAY_OF_MONTH_UTC;

    final Path contentDir;
    final Path cwd;
    private final Instant now;
    final MessageTemplates templates;
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

    OffsetDateTime at(OffsetDateTime given) {
        return given != null ? given : minute(now);
    }

    static String time(OffsetDateTime t) {
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

    Site site() throws Refused {
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
    Entry current(Path file, String text) throws Refused {
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

    String componentNames(Site site, List<String> ids) {
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

    Path freshFile(String folder, String date, String title) {
        String base = date + "-" + slug(title);
        String id = base;
        for (int n = 2; Files.exists(contentDir.resolve("incidents").resolve(id + ".md"))
                || Files.exists(contentDir.resolve("maintenance").resolve(id + ".md")); n++) {
            id = base + "-" + n;
        }
        return contentDir.resolve(folder).resolve(id + ".md");
    }

    static String effectFor(Severity s) {
        return switch (s) {
            case S1 -> "errors for most requests";
            case S2 -> "slow or incomplete responses";
            case S3 -> "errors in one region or one feature";
            case S4 -> "no change in how the service works";
        };
    }

    /** Writes a new file (refused when it exists by then), after the same check as every edit. */
    Result create(Path file, String text, Instant next) throws Refused, IOException {
        return write(file, false, original -> {
            if (original != null) {
                throw new Refused(DisplayPath.of(cwd, file) + " already exists");
            }
            return text;
        }, IncidentEdits.idOf(file), next);
    }

    Result write(Path file, boolean mustExist, FileEdit.Change change, String id, Instant next) throws Refused, IOException {
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

    // ------------------------------------------------------------------ what the commands ask for

    /** What `herald new` takes; null fields get the defaults. */
    public record NewIncident(String title, Severity severity, List<String> components, OffsetDateTime triggered,
            OffsetDateTime at, String owner, String scope, String effect, String waiver, Map<String, String> roles,
            String banner, String body) {
    }
    /** What `herald update` takes; null fields get the defaults (previous scope, effect and owner; the banner stays). */
    public record IncidentUpdate(UpdateStatus status, String body, String template, String next, OffsetDateTime at,
            String owner, String scope, String effect, String waiver, String banner) {
    }
    /** What `herald resolve` takes. */
    public record Resolution(String cause, String postmortem, String body, OffsetDateTime at, String owner, String scope, String effect) {
    }

    public Result newIncident(NewIncident spec) throws Refused, IOException {
        return new IncidentEdits(this).newIncident(spec);
    }

    public Result update(String idOrPath, IncidentUpdate spec) throws Refused, IOException {
        return new IncidentEdits(this).update(idOrPath, spec);
    }

    public Result resolve(String idOrPath, Resolution spec) throws Refused, IOException {
        return new IncidentEdits(this).resolve(idOrPath, spec);
    }

    public Result postmortem(String idOrPath, String url, OffsetDateTime at) throws Refused, IOException {
        return new IncidentEdits(this).postmortem(idOrPath, url, at);
    }

    /** `herald roles`: names roles in the incident's internal.roles; the roles it leaves out keep their names. */
    public Result roles(String idOrPath, Map<String, String> roles) throws Refused, IOException {
        return new RoleEdits(this).assign(idOrPath, roles);
    }

    public record NewMaintenance(String title, List<String> components, OffsetDateTime start, OffsetDateTime end,
            OffsetDateTime at, String owner, String scope, String effect) {
    }

    public Result newMaintenance(NewMaintenance spec) throws Refused, IOException {
        return new MaintenanceEdits(this).newMaintenance(spec);
    }

    public Result maintenanceUpdate(String idOrPath, UpdateStatus status, String body, OffsetDateTime at) throws Refused, IOException {
        return new MaintenanceEdits(this).maintenanceUpdate(idOrPath, status, body, at);
    }

    /** The next checkpoint from --next: a duration, a time of day in UTC or a timestamp. */
    static OffsetDateTime nextFrom(String next, OffsetDateTime at, Duration fallback) throws Refused {
        return IncidentEdits.nextFrom(next, at, fallback);
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
