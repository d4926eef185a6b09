package herald.content;

import herald.diag.DisplayPath;
import herald.yaml.YamlDocument;
import herald.yaml.YamlProblem;
import herald.yaml.YamlReader;
import herald.diag.Diagnostics;
import herald.diag.Rule;
import herald.diag.Work;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The load stage: reads content/ (site.yaml, incidents/*.md, maintenance/*.md) into drafts.
 * Files are parsed in parallel; every problem becomes a finding and loading carries on, so one
 * run reports everything.
 */
public final class ContentLoader {
    static final Pattern ENTRY_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Path contentDir;
    private final Path cwd;
    private final ContentFiles files;
    private final Work work;

    private ContentLoader(Path contentDir, Path cwd, Work work) {
        this.work = work;
        this.contentDir = contentDir;
        this.cwd = cwd;
        this.files = new ContentFiles(cwd.resolve(contentDir), this::display);
    }

    /**
     * Loads the content folder. Paths in findings are shown relative to {@code cwd}.
     *
     * @throws LoadFailure when there is no content folder or no readable site.yaml
     */
    public static Loaded load(Path contentDir, Path cwd, Work work) throws LoadFailure {
        return new ContentLoader(contentDir, cwd, work).load();
    }

    private Loaded load() throws LoadFailure {
        Path dir = cwd.resolve(contentDir);
        if (!Files.isDirectory(dir)) {
            throw new LoadFailure("content folder " + display(dir) + " does not exist; run herald in your site's folder or pass --content DIR");
        }
        Diagnostics diagnostics = new Diagnostics();
        List<String> unreadable = new ArrayList<>();
        Path siteFile = dir.resolve("site.yaml");
        if (!Files.exists(siteFile)) {
            throw new LoadFailure("no site.yaml in " + display(dir) + "; every site needs one (title, baseUrl, components), see the README");
        }
        SiteLoad siteLoad = loadSite(siteFile, diagnostics);
        SiteDraft site = siteLoad.site();
        boolean siteReadable = siteLoad.readable();

        List<Path> incidentFiles = list(dir.resolve("incidents"), unreadable, diagnostics);
        List<Path> maintenanceFiles = list(dir.resolve("maintenance"), unreadable, diagnostics);
        List<Job> jobs = new ArrayList<>(incidentFiles.size() + maintenanceFiles.size());
        incidentFiles.forEach(p -> jobs.add(new Job(p, true)));
        maintenanceFiles.forEach(p -> jobs.add(new Job(p, false)));
        // one flat list splits evenly across cores (a concatenated stream does not)
        List<Object> parsed = jobs.parallelStream()
                .map(job -> parseEntry(job, diagnostics, unreadable))
                .filter(Objects::nonNull)
                .toList();
        List<IncidentDraft> incidents = new ArrayList<>();
        List<MaintenanceDraft> maintenance = new ArrayList<>();
        for (Object o : parsed) {
            if (o instanceof IncidentDraft i) {
                incidents.add(i);
            } else if (o instanceof MaintenanceDraft m) {
                maintenance.add(m);
            }
        }
        incidents.sort(Comparator.comparing(IncidentDraft::id));
        maintenance.sort(Comparator.comparing(MaintenanceDraft::id));
        List<String> sortedUnreadable = new ArrayList<>(unreadable);
        sortedUnreadable.sort(null);
        return new Loaded(new Drafts(site, incidents, maintenance), diagnostics, sortedUnreadable,
                1 + incidentFiles.size() + maintenanceFiles.size(), siteReadable);
    }

    private record Job(Path path, boolean incident) {
    }

    private record SiteLoad(SiteDraft site, boolean readable) {
    }

    private SiteLoad loadSite(Path siteFile, Diagnostics diagnostics) throws LoadFailure {
        String siteText;
        try {
            siteText = files.read(siteFile, diagnostics);
        } catch (IOException e) {
            throw new LoadFailure("cannot read " + display(siteFile) + ": " + ContentFiles.reason(e));
        }
        String siteDisplay = display(siteFile);
        if (siteText == null) {
            return new SiteLoad(SiteReader.unreadable(siteDisplay), false);
        }
        try {
            YamlDocument doc = YamlReader.read(CharFindings.scanText(siteText, siteDisplay, diagnostics), 0);
            CharFindings.scanTree(doc, siteDisplay, diagnostics);
            SiteDraft site = SiteReader.read(new Fields(doc, siteDisplay, diagnostics, work, doc.root(), ""));
            return new SiteLoad(site, SiteReader.isMapping(doc.root()));
        } catch (YamlProblem p) {
            diagnostics.report(siteDisplay, p.pos().line(), p.pos().column(), Rule.YAML_SYNTAX, p.getMessage());
            return new SiteLoad(SiteReader.unreadable(siteDisplay), false);
        }
    }

    /**
     * site.yaml and one incident or maintenance file given as text (not yet on disk): what an
     * authoring command checks before it writes anything.
     */
    public static Loaded loadOne(Path contentDir, Path cwd, Path entryFile, String text, Work work) throws LoadFailure {
        return loadSiteOnce(contentDir, cwd, work).apply(entryFile, text);
    }

    /**
     * site.yaml, read and parsed once, for a command that checks several entry texts against it:
     * the function gives what {@link #loadOne} gives for an entry file and its text, without
     * reading site.yaml again; for a null text, the site alone (no entries).
     */
    public static BiFunction<Path, String, Loaded> loadSiteOnce(Path contentDir, Path cwd, Work work) throws LoadFailure {
        ContentLoader loader = new ContentLoader(contentDir, cwd, work);
        Path dir = cwd.resolve(contentDir);
        Path siteFile = dir.resolve("site.yaml");
        if (!Files.isRegularFile(siteFile)) {
            throw new LoadFailure("no site.yaml in " + loader.display(dir) + "; run herald in your site's folder or pass --content DIR");
        }
        Diagnostics siteFindings = new Diagnostics();
        SiteLoad siteLoad = loader.loadSite(siteFile, siteFindings);
        return (entryFile, text) -> {
            Diagnostics diagnostics = new Diagnostics();
            diagnostics.addAll(siteFindings);
            if (text == null) {
                return new Loaded(new Drafts(siteLoad.site(), List.of(), List.of()), diagnostics, List.of(), 1, siteLoad.readable());
            }
            boolean incident = entryFile.getParent() != null && entryFile.getParent().getFileName().toString().equals("incidents");
            Object entry = loader.parseEntryText(loader.display(entryFile), idOf(entryFile), ContentFiles.normalize(text),
                    incident, diagnostics);
            List<IncidentDraft> incidents = entry instanceof IncidentDraft i ? List.of(i) : List.of();
            List<MaintenanceDraft> maintenance = entry instanceof MaintenanceDraft m ? List.of(m) : List.of();
            return new Loaded(new Drafts(siteLoad.site(), incidents, maintenance), diagnostics, List.of(), 2, siteLoad.readable());
        };
    }

    static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private Object parseEntry(Job job, Diagnostics diagnostics, List<String> unreadable) {
        String file = display(job.path());
        String text;
        try {
            text = files.read(job.path(), diagnostics);
        } catch (IOException e) {
            synchronized (unreadable) {
                unreadable.add("cannot read " + file + ": " + ContentFiles.reason(e));
            }
            return null;
        }
        if (text == null) {
            return null;
        }
        return parseEntryText(file, idOf(job.path()), text, job.incident(), diagnostics);
    }

    private Object parseEntryText(String file, String id, String text, boolean incident, Diagnostics diagnostics) {
        String name = id + ".md";
        if (!ENTRY_ID.matcher(id).matches()) {
            diagnostics.report(file, 1, 1, Rule.INVALID_VALUE, "file name \"" + name + "\" is not a valid id: use lower-case letters, digits and '-', e.g. 2026-11-20-slow-answers.md");
        }
        FrontMatter fm;
        try {
            fm = FrontMatter.split(CharFindings.scanText(text, file, diagnostics));
        } catch (FrontMatter.Missing m) {
            diagnostics.report(file, m.pos().line(), m.pos().column(), Rule.YAML_SYNTAX, m.getMessage());
            return null;
        }
        YamlDocument doc;
        try {
            doc = YamlReader.read(fm.yaml(), fm.yamlLineShift());
        } catch (YamlProblem p) {
            diagnostics.report(file, p.pos().line(), p.pos().column(), Rule.YAML_SYNTAX, p.getMessage());
            return null;
        }
        CharFindings.scanTree(doc, file, diagnostics);
        Fields fields = new Fields(doc, file, diagnostics, work, doc.root(), "");
        if (!fields.isMap()) {
            diagnostics.report(file, doc.root().pos().line(), doc.root().pos().column(), Rule.YAML_SYNTAX,
                    "the front matter must be a mapping of keys (title:, components:, updates: …), not " + doc.root().kind());
            return null;
        }
        return incident ? EntryReader.incident(id, fields, fm) : EntryReader.maintenance(id, fields, fm);
    }

    private List<Path> list(Path dir, List<String> unreadable, Diagnostics diagnostics) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try {
            if (!files.inside(dir, diagnostics)) {
                return List.of();
            }
        } catch (IOException e) {
            unreadable.add("cannot list " + display(dir) + ": " + ContentFiles.reason(e));
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            unreadable.add("cannot list " + display(dir) + ": " + ContentFiles.reason(e));
            return List.of();
        }
    }

    private String display(Path p) {
        return DisplayPath.of(cwd, p);
    }

}
