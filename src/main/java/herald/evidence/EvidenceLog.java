package herald.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import herald.content.ContentLoader;
import herald.diag.DisplayPath;
import herald.content.LoadFailure;
import herald.content.Loaded;
import herald.diag.Diagnostic;
import herald.diag.Work;
import herald.history.GitHistory;
import herald.history.Publications;
import herald.lint.BackdatedCheck;
import herald.model.Content;
import herald.pipeline.Pipeline;
import herald.pipeline.PipelineOptions;
import herald.pipeline.PipelineResult;
import herald.model.DurationText;
import herald.model.Entry;
import herald.model.Incident;
import herald.model.Policy;
import herald.model.PublicState;
import herald.model.Update;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The internal evidence log of one incident: each public update with the commit that published it
 * and the delay; every change of public state and severity with who made it; the internal record
 * (roles, pins, signals, rollback, cache namespace, regions, ticket); resolve time, postmortem
 * link; lint findings and waivers. Assembled from the file and its git history (the default
 * branch's first-parent commits, one snapshot per commit). Internal: never written into site/.
 */
public final class EvidenceLog {
    private EvidenceLog() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Log(String id, String file, String title, String severity, List<String> components, String triggered,
            String resolved, String duration, String postmortem, Commit postmortemAdded, String history,
            List<Publication> updates, List<Change> changes, Object internal, List<Finding> findings, List<String> waivers) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Commit(String hash, String author, String email, String committed) {
        static final String UNCOMMITTED = "(uncommitted)";

        static Commit of(Publications.Commit c) {
            return c == null ? null : new Commit(c.hash(), c.author(), c.email(), c.committed().toString());
        }

        /** As the tables show it: the abbreviated hash, or "(uncommitted)". */
        String shown() {
            return hash.equals(UNCOMMITTED) ? hash : Publications.Commit.abbreviate(hash);
        }
    }

    /** One public update: what it claims, and where it really went out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Publication(String at, String status, Commit publishedIn, String delay, String note) {
    }

    /** A change of public state or severity (or a recorded cause or postmortem), who made it and when. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(Commit commit, String what) {
    }

    public record Finding(String location, String level, String rule, String message) {
    }

    /** One version of the file: the commit (null for uncommitted changes) and the parsed entry. */
    private record Version(Publications.Commit commit, Entry entry) {
    }

    /**
     * The log of one incident: loads it, lints it and reads the git history for it alone.
     *
     * @param file the incident file
     * @param cwd where paths are shown from
     */
    public static Log build(Path contentDir, Path cwd, Path file, Instant now) throws IOException, LoadFailure {
        String text = Files.readString(file);
        BiFunction<Path, String, Loaded> entries = ContentLoader.loadSiteOnce(contentDir, cwd, new Work());
        Loaded current = entries.apply(file, text);
        GitHistory history = GitHistory.read(contentDir);
        PipelineResult linted = Pipeline.lint(PipelineOptions.of(contentDir, cwd, now).withHistory(history), current);
        Content model = linted.model().orElseThrow(() -> new IOException("site.yaml does not load; run herald lint and fix it first"));
        if (model.entries().isEmpty()) {
            throw new IOException(DisplayPath.of(cwd, file) + " cannot be read; run herald lint and fix it first");
        }
        Read read = new Read(history, history.contents(history.objectsFor(List.of(file))), entries);
        return build(cwd, file, text, model.entries().get(0), model.site().policy(), linted.diagnostics(), read, now);
    }

    /**
     * What a command reads once for all the incidents it logs: the git history, the contents of
     * {@link GitHistory#objectsFor} those files, and site.yaml (to parse each version of a file).
     */
    record Read(GitHistory git, Map<String, byte[]> objects, BiFunction<Path, String, Loaded> entries) {
    }

    /**
     * The log of one incident of content already loaded, linted (findings of every file; this one's
     * are kept) and checked against a history read once for many incidents.
     *
     * @param text the file as it is in the working tree
     * @param read the history and the versions of this file (and others)
     */
    static Log build(Path cwd, Path file, String text, Entry entry, Policy policy, List<Diagnostic> findings, Read read, Instant now) {
        GitHistory git = read.git();
        Map<String, byte[]> objects = read.objects();
        List<Version> versions = new ArrayList<>();
        String history;
        String repoPath = null;
        Entry atHead = null;
        if (git.unavailable() != null) {
            history = "unavailable: " + git.unavailable();
        } else {
            repoPath = git.repoPath(file);
            for (Publications.Touch t : git.publications().touches(repoPath)) {
                byte[] blob = t.blob() == null ? null : objects.get(t.blob());
                Entry v = blob == null ? null : parse(read, file, blob); // null: deleted in this commit
                if (v != null) {
                    versions.add(new Version(t.commit(), v));
                }
            }
            byte[] committed = objects.get(GitHistory.head(repoPath));
            if (committed != null && new String(committed, StandardCharsets.UTF_8).equals(text)) {
                atHead = entry;
            } else {
                atHead = committed == null ? null : parse(read, file, committed);
                versions.add(new Version(null, entry)); // the working tree is ahead of the last commit
            }
            history = git.branch() + " (first-parent history), " + (int) versions.stream().filter(v -> v.commit() != null).count()
                    + " commits touch this file" + (versions.stream().anyMatch(v -> v.commit() == null) ? ", plus uncommitted changes" : "");
        }

        List<Publication> publications = new ArrayList<>();
        for (Update u : entry.updates()) {
            // the commit the backdated-update check judges: the first to add this "at:", under any earlier name
            Publications.Commit c = repoPath == null ? null : git.publications().publishedIn(repoPath, u.instant());
            String note = null;
            String delay = null;
            if (git.unavailable() != null) {
                note = "git history unavailable";
            } else if (c == null) {
                note = has(atHead, u) ? "not on " + git.branch() + " yet" : "not committed yet";
            } else {
                delay = signed(Duration.between(u.instant(), c.committed()));
                if (!BackdatedCheck.judged(policy, u.instant())) {
                    note = "before policy.publishCheckFrom: imported history, not checked";
                } else if (BackdatedCheck.late(policy, u.instant(), c.committed())) {
                    note = "published later than claimed (backdated-update)";
                }
            }
            publications.add(new Publication(u.at().toString(), u.status().id(), Commit.of(c), delay, note));
        }

        List<Change> changes = new ArrayList<>();
        Version previous = null;
        for (Version v : versions) {
            Commit who = v.commit() == null ? new Commit(Commit.UNCOMMITTED, null, null, null) : Commit.of(v.commit());
            if (previous == null) {
                changes.add(new Change(who, "created: severity " + severity(v.entry()) + ", public state " + publicState(v.entry())));
            } else {
                String was = severity(previous.entry());
                String is = severity(v.entry());
                if (!Objects.equals(was, is)) {
                    changes.add(new Change(who, "severity " + was + " -> " + is));
                }
                String stateWas = publicState(previous.entry());
                String stateIs = publicState(v.entry());
                if (!stateWas.equals(stateIs)) {
                    changes.add(new Change(who, "public state " + stateWas + " -> " + stateIs));
                }
                if (previous.entry() instanceof Incident p && v.entry() instanceof Incident i) {
                    if (p.cause() == null && i.cause() != null) {
                        changes.add(new Change(who, "cause recorded"));
                    }
                    if (p.postmortem() == null && i.postmortem() != null) {
                        changes.add(new Change(who, "postmortem linked: " + i.postmortem()));
                    }
                }
            }
            previous = v;
        }
        Commit postmortemAdded = null;
        for (Version v : versions) {
            if (v.entry() instanceof Incident i && i.postmortem() != null && v.commit() != null) {
                postmortemAdded = Commit.of(v.commit());
                break;
            }
        }

        List<Finding> lint = new ArrayList<>();
        String display = DisplayPath.of(cwd, file);
        for (Diagnostic d : findings) {
            if (d.file().equals(display)) {
                lint.add(new Finding(d.file() + ":" + d.line() + ":" + d.column(), d.level().word(), d.rule().id(), d.message()));
            }
        }
        List<String> waivers = entry.updates().stream().filter(u -> u.waiver() != null)
                .map(u -> u.at() + ": " + u.waiver()).toList();
        Incident incident = entry instanceof Incident i ? i : null;
        return new Log(entry.id(), display, entry.title(), incident == null ? null : incident.severity().name(),
                entry.components(), incident == null ? null : incident.triggered().toString(),
                incident == null ? null : incident.resolvedAt().map(Instant::toString).orElse(null),
                incident == null ? null : DurationText.format(incident.duration(now)),
                incident == null ? null : incident.postmortem(), postmortemAdded, history, publications, changes,
                entry.internal(), lint, waivers);
    }

    private static String severity(Entry e) {
        return e instanceof Incident i ? i.severity().name() : "-";
    }

    private static String publicState(Entry e) {
        if (e instanceof Incident i) {
            return i.isResolved() ? "resolved (" + PublicState.OPERATIONAL.id() + ")" : i.stateAt(i.lastUpdatedAt()).id();
        }
        return "maintenance";
    }

    private static String signed(Duration d) {
        return d.isNegative() ? "-" + DurationText.format(d.negated()) : DurationText.format(d);
    }

    /** One version of the file's text, or null when it does not validate (a version that did not load is skipped). */
    private static Entry parse(Read read, Path file, byte[] text) {
        List<Entry> entries = read.entries().apply(file, new String(text, StandardCharsets.UTF_8)).model()
                .map(Content::entries).orElse(List.of());
        return entries.isEmpty() ? null : entries.get(0);
    }

    private static boolean has(Entry e, Update u) {
        return e != null && e.updates().stream().anyMatch(x -> u.instant().equals(x.instant()));
    }

    /** The log as Markdown, for people. */
    public static String markdown(Log log) {
        return EvidenceMarkdown.write(log);
    }
}
