package herald.importer;

import herald.content.Timestamps;
import herald.diag.DisplayPath;
import herald.importer.SourceData.Kind;
import herald.yaml.YNode.YMap;
import herald.yaml.YamlProblem;
import herald.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a cState site (Hugo): {@code config.yml}'s systems (components, in order) and categories
 * (their groups; an {@code untitled} category is no group), and every {@code content/issues/*.md}:
 * down → S1, disrupted → S3 (partial outage), informational → S4, notice → a maintenance window
 * from {@code date} to {@code resolvedWhen}. Times without a zone are UTC, as cState's config
 * requires; a block without a track takes {@code date}, or {@code resolvedWhen} when it resolves.
 */
final class CstateReader {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd[['T'][' ']HH:mm[:ss][.SSS]]");
    private static final List<String> CONFIGS = List.of("config.yml", "config.yaml", "hugo.yml", "hugo.yaml");
    private static final List<String> RANK = List.of("investigating", "identified", "monitoring", "resolved", "postmortem");

    private final Path cwd;
    private final Map<String, SourceData.Component> components = new LinkedHashMap<>();
    private final List<SourceData.Entry> entries = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private CstateReader(Path cwd) {
        this.cwd = cwd;
    }

    static SourceData.Batch read(Path site, Path cwd) throws ImportFailure {
        CstateReader r = new CstateReader(cwd);
        Path dir = cwd.resolve(site);
        if (!Files.isDirectory(dir)) {
            throw new ImportFailure(DisplayPath.of(cwd, dir) + ": not a folder; give the cState site's folder (the one with config.yml)");
        }
        SourceData.Page page = r.config(dir);
        Path issues = dir.resolve("content").resolve("issues");
        if (!Files.isDirectory(issues)) {
            throw new ImportFailure(DisplayPath.of(cwd, issues) + ": no such folder; cState keeps its incidents there");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(issues)) {
            files = walk.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().startsWith("_")).sorted().toList();
        } catch (IOException e) {
            throw new ImportFailure(DisplayPath.of(cwd, issues) + ": cannot read: " + e.getMessage());
        }
        for (Path f : files) {
            r.issue(f, page);
        }
        return new SourceData.Batch(page, new ArrayList<>(r.components.values()), r.entries, r.notes);
    }

    private String show(Path p) {
        return DisplayPath.of(cwd, p);
    }

    private SourceData.Page config(Path dir) throws ImportFailure {
        Path file = CONFIGS.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst().orElse(null);
        if (file == null) {
            String toml = Files.isRegularFile(dir.resolve("config.toml")) ? " (config.toml is TOML: convert it to config.yml first)" : "";
            throw new ImportFailure(show(dir) + ": no config.yml" + toml + "; give the folder of a cState site");
        }
        YMap root;
        try {
            root = YamlReader.read(Files.readString(file, StandardCharsets.UTF_8), 0).root() instanceof YMap m ? m : null;
        } catch (YamlProblem e) {
            throw new ImportFailure(show(file) + ":" + e.pos().line() + ":" + e.pos().column() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new ImportFailure(show(file) + ": cannot read: " + e.getMessage());
        }
        if (root == null) {
            throw new ImportFailure(show(file) + ":1:1: not a mapping of settings");
        }
        YMap params = YamlLookup.map(root, "params");
        Map<String, Boolean> untitled = new LinkedHashMap<>();
        for (YMap c : YamlLookup.maps(params, "categories")) {
            String name = YamlLookup.scalar(c, "name");
            if (name != null) {
                untitled.put(name, "true".equalsIgnoreCase(YamlLookup.scalar(c, "untitled")));
            }
        }
        int position = 0;
        for (YMap s : YamlLookup.maps(params, "systems")) {
            String name = YamlLookup.scalar(s, "name");
            if (name == null) {
                throw new ImportFailure(show(file) + ":" + s.pos().line() + ":" + s.pos().column() + ": a system without a name");
            }
            String category = YamlLookup.scalar(s, "category");
            String group = category == null || untitled.getOrDefault(category, false) ? null : category;
            components.putIfAbsent(name, new SourceData.Component(name, name, group, YamlLookup.scalar(s, "description"), ++position));
        }
        String title = YamlLookup.scalar(root, "title");
        return new SourceData.Page(title == null ? "Status" : title, YamlLookup.scalar(root, "baseURL"), null);
    }

    private void issue(Path file, SourceData.Page page) throws ImportFailure {
        String where = show(file);
        YamlLookup.Front front;
        try {
            front = YamlLookup.front(Files.readString(file, StandardCharsets.UTF_8));
        } catch (YamlProblem e) {
            throw new ImportFailure(where + ":" + (e.pos().line() + 1) + ":" + e.pos().column() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new ImportFailure(where + ": cannot read: " + e.getMessage());
        }
        if (front == null) {
            throw new ImportFailure(where + ":1:1: no YAML front matter between '---' lines (TOML '+++' front matter is not read)");
        }
        YMap fm = front.yaml();
        if ("true".equalsIgnoreCase(YamlLookup.scalar(fm, "draft"))) {
            notes.add(where + ": a draft, not imported (cState does not show drafts)");
            return;
        }
        String section = YamlLookup.scalar(fm, "section");
        if (section != null && !section.equals("issue")) {
            notes.add(where + ": section \"" + section + "\", not an issue; not imported");
            return;
        }
        String title = YamlLookup.scalar(fm, "title");
        if (title == null || title.isBlank()) {
            throw new ImportFailure(where + ":2:1: no title");
        }
        OffsetDateTime date = time(fm, "date", where, true);
        OffsetDateTime resolvedWhen = time(fm, "resolvedWhen", where, false);
        boolean resolved = "true".equalsIgnoreCase(YamlLookup.scalar(fm, "resolved"));
        boolean informational = "true".equalsIgnoreCase(YamlLookup.scalar(fm, "informational"));
        String severity = YamlLookup.scalar(fm, "severity");
        Kind kind = "notice".equals(severity) && !informational ? Kind.MAINTENANCE : Kind.INCIDENT;
        String level = informational ? "S4" : severity == null ? "S3" : switch (severity) {
            case "down" -> "S1";
            case "disrupted", "notice" -> "S3";
            default -> throw new ImportFailure(where + ": severity \"" + severity + "\" is not one of cState's: down, disrupted, notice");
        };
        List<String> affected = new ArrayList<>();
        for (String name : YamlLookup.texts(fm, "affected")) {
            if (!components.containsKey(name)) {
                notes.add(where + ": affected system \"" + name + "\" is not in config.yml; added as a component");
                components.put(name, new SourceData.Component(name, name, null, null, Integer.MAX_VALUE));
            }
            affected.add(name);
        }
        List<String> dropped = new ArrayList<>();
        List<CstateBody.Block> blocks = new ArrayList<>(CstateBody.blocks(front.body(), front.bodyLine(), dropped));
        dropped.forEach(d -> notes.add(where + ": shortcode " + d + " dropped (Herald has no Hugo shortcodes)"));
        String summary = null;
        for (CstateBody.Block b : List.copyOf(blocks)) {
            if ("postmortem".equals(b.status()) && b.track() == null) {
                summary = "*" + b.label() + "*\n\n" + b.text();
                blocks.remove(b);
            }
        }
        boolean closes = resolved || informational;
        List<SourceData.Update> updates = updates(blocks, where, date, resolvedWhen, closes, kind);
        OffsetDateTime end = kind == Kind.MAINTENANCE ? (resolvedWhen != null ? resolvedWhen : date) : null;
        String name = file.getFileName().toString().replaceAll("\\.md$", "");
        String url = page.url() == null ? null : page.url().replaceAll("/+$", "") + "/issues/" + name.toLowerCase(java.util.Locale.ROOT) + "/";
        entries.add(new SourceData.Entry(kind, "cstate", name, url, title, kind == Kind.INCIDENT ? level : null, date, end, affected,
                updates, null, summary, null));
    }

    private List<SourceData.Update> updates(List<CstateBody.Block> blocks, String where, OffsetDateTime date, OffsetDateTime resolvedWhen,
            boolean closes, Kind kind) throws ImportFailure {
        record Timed(CstateBody.Block block, OffsetDateTime at) {
        }
        List<Timed> timed = new ArrayList<>();
        for (CstateBody.Block b : blocks) {
            OffsetDateTime at = b.track() != null ? parse(b.track(), where + ":" + b.line(), true)
                    : "resolved".equals(b.status()) || blocks.size() == 1 && closes && resolvedWhen != null && kind == Kind.INCIDENT
                    ? (resolvedWhen != null ? resolvedWhen : date) : date;
            timed.add(new Timed(b, at));
        }
        java.util.Collections.reverse(timed); // cState writes the newest first
        timed.sort(Comparator.comparing((Timed t) -> t.at.toInstant()).thenComparingInt(t -> t.block.status() == null ? 0 : Math.max(0, RANK.indexOf(t.block.status()))));
        List<SourceData.Update> out = new ArrayList<>();
        String last = kind == Kind.INCIDENT ? "investigating" : "scheduled";
        for (int i = 0; i < timed.size(); i++) {
            CstateBody.Block b = timed.get(i).block;
            String status = kind == Kind.INCIDENT ? (b.status() != null ? b.status() : last) : "scheduled";
            if (i == timed.size() - 1 && closes && !status.equals("postmortem")) {
                if (!status.equals("resolved") && kind == Kind.INCIDENT) {
                    notes.add(where + ":" + b.line() + (resolvedWhen == null && b.status() == null && timed.size() == 1
                            ? ": a post without updates; imported as one resolved update, so it sits in the history"
                            : ": resolved, but no update says so; this last update is imported as resolved"));
                }
                status = kind == Kind.INCIDENT ? "resolved" : "completed";
            }
            last = status;
            out.add(new SourceData.Update(null, status, timed.get(i).at, b.text(), Map.of()));
        }
        return out;
    }

    private OffsetDateTime time(YMap fm, String key, String where, boolean required) throws ImportFailure {
        String t = YamlLookup.scalar(fm, key);
        if (t == null || t.isBlank()) {
            if (required) {
                throw new ImportFailure(where + ": no " + key + "; cState needs it too");
            }
            return null;
        }
        int line = YamlLookup.value(fm, key).pos().line() + 1;
        return parse(t, where + ":" + line, false);
    }

    /** A cState time: with an offset as written, or without one as UTC (cState's rule), said once per file. */
    private OffsetDateTime parse(String t, String where, boolean track) throws ImportFailure {
        Timestamps.Reading r = Timestamps.read(t.strip());
        if (r.value() != null) {
            return r.value();
        }
        try {
            var parsed = LOCAL.parseBest(t.strip(), LocalDateTime::from, LocalDate::from);
            LocalDateTime local = parsed instanceof LocalDate d ? d.atStartOfDay() : (LocalDateTime) parsed;
            String file = where.replaceAll(":\\d+$", "");
            if (notes.stream().noneMatch(n -> n.startsWith(file + ": times"))) {
                notes.add(file + ": times without a zone read as UTC, as cState's config requires");
            }
            return local.atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new ImportFailure(where + ": \"" + t + "\" is not a time" + (track ? " (in a track shortcode)" : "")
                    + "; cState writes 2018-04-13 15:54:00 (UTC) or 2023-04-16T18:34:00Z");
        }
    }
}
