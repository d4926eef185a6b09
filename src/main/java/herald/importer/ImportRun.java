package herald.importer;

import herald.author.FileEdit;
import herald.diag.DisplayPath;
import herald.importer.SourceData.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes what the sources hold into a content folder. Everything is planned first (site.yaml's new
 * components, each entry's file and text), so a source that fails leaves nothing written; then each
 * file is written atomically. An entry already imported (same source, same original id) is rewritten
 * only when the source changed and the file is still as the import wrote it; one edited by hand since
 * is left alone and reported.
 */
public final class ImportRun {
    /** What one import did, as lines for the user (paths relative to the working folder). */
    public record Outcome(List<String> written, List<String> updated, int unchanged, List<String> skipped, List<String> notes) {
        public Outcome {
            written = List.copyOf(written);
            updated = List.copyOf(updated);
            skipped = List.copyOf(skipped);
            notes = List.copyOf(notes);
        }
    }

    private record Planned(Path file, String before, String text, boolean fresh) {
    }

    private ImportRun() {
    }

    /** Reads Statuspage sources (all of them, before writing anything) and imports them. */
    public static Outcome statuspage(Path contentDir, Path cwd, List<String> sources, StatuspageSources from, OffsetDateTime now)
            throws ImportFailure, IOException, InterruptedException {
        StatuspageReader reader = new StatuspageReader();
        from.readAll(sources, reader);
        return write(contentDir, cwd, reader.batch(), "Statuspage", now);
    }

    /** Reads a cState Hugo site and imports it. */
    public static Outcome cstate(Path contentDir, Path cwd, Path hugoSite, OffsetDateTime now) throws ImportFailure, IOException {
        return write(contentDir, cwd, CstateReader.read(hugoSite, cwd), "cState", now);
    }

    /** Imports a batch into {@code contentDir}; {@code now} is written as {@code imported.at} of new and changed entries. */
    static Outcome write(Path contentDir, Path cwd, SourceData.Batch batch, String sourceName, OffsetDateTime now)
            throws ImportFailure, IOException {
        OffsetDateTime at = now.withOffsetSameInstant(ZoneOffset.UTC).withNano(0);
        Path siteFile = contentDir.resolve("site.yaml");
        String site = Files.isRegularFile(siteFile) ? Files.readString(siteFile, StandardCharsets.UTF_8) : null;
        SiteYamlEdit components = SiteYamlEdit.plan(site, batch, sourceName);
        ContentIndex index = ContentIndex.read(contentDir);
        List<Planned> plan = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int unchanged = 0;
        for (SourceData.Entry e : newest(batch.entries())) {
            ContentIndex.Existing old = index.imported(e.from(), e.sourceId());
            if (old == null) {
                String folder = e.kind() == Kind.INCIDENT ? "incidents" : "maintenance";
                String date = DateTimeFormatter.ISO_LOCAL_DATE.format(e.start().withOffsetSameInstant(ZoneOffset.UTC));
                String id = index.fresh(date + "-" + Slugs.of(e.title(), e.kind() == Kind.INCIDENT ? "incident" : "maintenance"));
                plan.add(new Planned(contentDir.resolve(folder).resolve(id + ".md"), null, EntryFile.render(e, components.ids(), at), true));
                continue;
            }
            String asBefore = old.importedAt() == null ? null : rendered(e, components.ids(), old.importedAt());
            if (old.text().equals(asBefore)) {
                unchanged++;
            } else if (!EntryFile.untouched(old.text())) {
                skipped.add(display(cwd, old.file()) + ": edited by hand since it was imported (its text no longer matches the hash"
                        + " in its imported: block), so the newer " + e.from() + " copy of " + e.sourceId() + " is not applied;"
                        + " change it by hand, or delete the file and import again");
            } else {
                plan.add(new Planned(old.file(), old.text(), EntryFile.render(e, components.ids(), at), false));
            }
        }
        List<String> written = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        if (components.text() != null) {
            replace(siteFile, site, components.text(), cwd);
            written.add(display(cwd, siteFile) + (site == null ? "" : " (" + components.added().size() + " components added)"));
        }
        for (Planned p : plan) {
            replace(p.file(), p.before(), p.text(), cwd);
            (p.fresh() ? written : updated).add(display(cwd, p.file()));
        }
        return new Outcome(written, updated, unchanged, skipped, batch.notes());
    }

    /**
     * Writes a file as the authoring commands do: under their lock, through a temporary file and a
     * rename; and only when the file is still what the plan was made from ({@code before}, null for
     * none), so an edit made meanwhile (an authoring command, another import) is never overwritten.
     */
    static void replace(Path file, String before, String text, Path cwd) throws IOException {
        try {
            FileEdit.edit(file, false, original -> {
                if (!java.util.Objects.equals(original, before)) {
                    throw new IOException(display(cwd, file) + " changed while the import ran; nothing more was written: run the import again");
                }
                return text;
            }, written -> { });
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static String rendered(SourceData.Entry e, Map<String, String> ids, String at) {
        try {
            return EntryFile.render(e, ids, OffsetDateTime.parse(at));
        } catch (java.time.format.DateTimeParseException edited) {
            return null;
        }
    }

    /** Each original entry once (the copy the source changed last; the later source on a tie), oldest first, so names are stable. */
    private static List<SourceData.Entry> newest(List<SourceData.Entry> entries) {
        Map<String, SourceData.Entry> byId = new LinkedHashMap<>();
        for (SourceData.Entry e : entries) {
            byId.merge(ContentIndex.key(e.from(), e.sourceId()), e, (a, b) -> a.updatedAt() != null && b.updatedAt() != null
                    && a.updatedAt().isAfter(b.updatedAt()) ? a : b);
        }
        List<SourceData.Entry> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparing((SourceData.Entry e) -> e.start().toInstant()).thenComparing(SourceData.Entry::sourceId));
        return out;
    }

    private static String display(Path cwd, Path file) {
        return DisplayPath.of(cwd, file);
    }
}
