package herald.review;

import herald.diag.Diagnostic;
import herald.model.Component;
import herald.model.Content;
import herald.model.Entry;
import herald.model.Incident;
import herald.model.Maintenance;
import herald.model.PublicState;
import herald.model.SiteStatus;
import herald.model.Update;
import herald.site.SiteView;
import herald.site.SiteViewBuilder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the public will see change between two versions of the content: new and edited public
 * text per incident and maintenance window, the state of each component and of the page, the
 * banner, and the lint findings of the changed files. Edits to updates users already read are
 * called out loudly. Nothing under internal: (nor the severity) is ever shown.
 */
public final class PublicDiff {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private PublicDiff() {
    }

    /** The result in both renderings, and how many published updates were rewritten. */
    public record Result(String markdown, String text, boolean changed, int rewritten) {
    }

    /** One line of the report; kind drives its rendering in Markdown and text. */
    private record Line(String kind, String text, String before, String after) {
        static Line of(String kind, String text) {
            return new Line(kind, text, null, null);
        }
    }

    private record Section(String heading, String headingText, List<Line> lines) {
    }

    public static Result compare(Content before, Content after, Instant now, List<Diagnostic> findings, List<String> changedFiles) {
        Map<String, Entry> old = byId(before);
        Map<String, Entry> neu = byId(after);
        Map<String, String> renamed = renames(old, neu);
        List<Section> sections = new ArrayList<>();
        int rewritten = 0;
        for (Entry e : neu.values()) {
            String from = renamed.entrySet().stream().filter(r -> r.getValue().equals(e.id())).map(Map.Entry::getKey).findFirst().orElse(null);
            Entry previous = from != null ? old.get(from) : old.get(e.id());
            String kind = e instanceof Incident ? "incident" : "maintenance";
            if (previous == null) {
                List<Line> lines = new ArrayList<>();
                describeNew(after, e, lines);
                sections.add(new Section("New " + kind + ": " + e.title(), "NEW " + kind.toUpperCase(Locale.ROOT) + ": " + e.title(), lines));
                continue;
            }
            List<Line> lines = new ArrayList<>();
            if (from != null) {
                lines.add(Line.of("warn", "renamed from `" + from + "` to `" + e.id() + "`: the public URL changes, links to "
                        + path(previous) + " will break"));
            }
            rewritten += describeChanges(previous, e, lines);
            if (!lines.isEmpty()) {
                sections.add(new Section((from != null ? "Renamed " : "Changed ") + kind + ": " + e.title(),
                        (from != null ? "RENAMED " : "CHANGED ") + kind.toUpperCase(Locale.ROOT) + ": " + e.title(), lines));
            }
        }
        for (Entry e : old.values()) {
            if (!neu.containsKey(e.id()) && !renamed.containsKey(e.id())) {
                rewritten += e.updates().size(); // every update users read there is gone
                String kind = e instanceof Incident ? "incident" : "maintenance";
                sections.add(new Section("Removed " + kind + ": " + e.title(), "REMOVED " + kind.toUpperCase(Locale.ROOT) + ": " + e.title(),
                        List.of(Line.of("warn", "its page " + path(e) + " disappears from the site, with every update users read there"))));
            }
        }

        SiteStatus sb = SiteStatus.at(before, now);
        SiteStatus sa = SiteStatus.at(after, now);
        List<String[]> states = new ArrayList<>();
        for (Component c : after.site().components()) {
            PublicState b = sb.components().getOrDefault(c.id(), PublicState.OPERATIONAL);
            PublicState a = sa.components().get(c.id());
            if (b != a) {
                states.add(new String[] {c.name(), b.label(), a.label()});
            }
        }
        String overallBefore = overall(sb.overall());
        String overallAfter = overall(sa.overall());
        SiteView.Banner bannerBefore = SiteViewBuilder.banner(before, sb, now);
        SiteView.Banner bannerAfter = SiteViewBuilder.banner(after, sa, now);
        boolean bannerChanged = !Objects.equals(bannerText(bannerBefore), bannerText(bannerAfter));
        boolean changed = !sections.isEmpty() || !states.isEmpty() || !overallBefore.equals(overallAfter) || bannerChanged;

        StringBuilder md = new StringBuilder("## What the public will see change\n\n");
        StringBuilder tx = new StringBuilder("What the public will see change\n\n");
        if (!changed) {
            md.append("No public changes: nothing on the status page, the banner, the feeds or the API changes.\n\n");
            tx.append("No public changes.\n\n");
        }
        if (rewritten > 0) {
            md.append("> [!WARNING]\n> This change rewrites ").append(rewritten).append(rewritten == 1 ? " update" : " updates")
                    .append(" that users have already read. Post a new update instead, unless the old text was wrong.\n\n");
            tx.append("!! This change rewrites ").append(rewritten).append(rewritten == 1 ? " update" : " updates")
                    .append(" users have already read.\n\n");
        }
        for (Section s : sections) {
            md.append("### ").append(s.heading()).append("\n\n");
            tx.append(s.headingText()).append('\n');
            for (Line l : s.lines()) {
                render(l, md, tx);
            }
            md.append('\n');
            tx.append('\n');
        }
        if (!states.isEmpty() || !overallBefore.equals(overallAfter)) {
            md.append("### Public state\n\n");
            tx.append("PUBLIC STATE\n");
            if (!states.isEmpty()) {
                md.append("| component | before | after |\n|---|---|---|\n");
                for (String[] s : states) {
                    md.append("| ").append(s[0]).append(" | ").append(s[1]).append(" | ").append(s[2]).append(" |\n");
                    tx.append("  ").append(s[0]).append(": ").append(s[1]).append(" -> ").append(s[2]).append('\n');
                }
                md.append('\n');
            }
            if (!overallBefore.equals(overallAfter)) {
                md.append("Page: ").append(overallBefore).append(" → **").append(overallAfter).append("**\n\n");
                tx.append("  Page: ").append(overallBefore).append(" -> ").append(overallAfter).append('\n');
            }
            tx.append('\n');
        }
        if (bannerChanged) {
            md.append("### In-product banner\n\n- before: ").append(quoteOrNone(bannerText(bannerBefore)))
                    .append("\n- after: ").append(quoteOrNone(bannerText(bannerAfter))).append("\n\n");
            tx.append("BANNER\n  before: ").append(quoteOrNone(bannerText(bannerBefore))).append("\n  after:  ")
                    .append(quoteOrNone(bannerText(bannerAfter))).append("\n\n");
        }
        List<Diagnostic> mine = findings.stream().filter(d -> changedFiles.contains(d.file())).toList();
        md.append("### Lint of the changed files\n\n");
        tx.append("LINT\n");
        if (mine.isEmpty()) {
            md.append("No findings.\n");
            tx.append("  no findings\n");
        }
        for (Diagnostic d : mine) {
            md.append("- `").append(d.file()).append(':').append(d.line()).append(':').append(d.column()).append("` ")
                    .append(d.level().word()).append(" [").append(d.rule().id()).append("] ").append(d.message()).append('\n');
            tx.append("  ").append(d.toText()).append('\n');
        }
        return new Result(md.toString(), tx.toString(), changed, rewritten);
    }

    // ------------------------------------------------------------------ entries

    private static void describeNew(Content content, Entry e, List<Line> lines) {
        lines.add(Line.of("info", "page " + path(e) + " · " + stateOf(e) + " · affects " + names(content, e)));
        if (e.banner() != null) {
            lines.add(new Line("field", "Banner", null, e.banner()));
        }
        if (e instanceof Maintenance m && m.start() != null && m.end() != null) {
            lines.add(Line.of("info", "window " + TIME.format(m.start().toInstant()) + " to " + TIME.format(m.end().toInstant())));
        }
        for (Update u : e.updates()) {
            addUpdate("New update", u, lines);
        }
        if (e instanceof Incident i) {
            if (i.cause() != null) {
                lines.add(new Line("field", "Cause", null, i.cause()));
            }
            if (i.postmortem() != null) {
                lines.add(new Line("field", "Postmortem link", null, i.postmortem()));
            }
        }
        if (e.summary() != null) {
            lines.add(new Line("field", "Summary", null, e.summary()));
        }
    }

    /** Lines for the public differences; returns how many published updates were rewritten or removed. */
    private static int describeChanges(Entry b, Entry a, List<Line> lines) {
        int rewritten = 0;
        field("Title", b.title(), a.title(), lines);
        field("Banner", b.banner(), a.banner(), lines);
        if (!stateOf(b).equals(stateOf(a))) {
            lines.add(new Line("field", "State", stateOf(b), stateOf(a)));
        }
        if (!b.components().equals(a.components())) {
            lines.add(new Line("field", "Components", String.join(", ", b.components()), String.join(", ", a.components())));
        }
        Map<Instant, Update> old = new LinkedHashMap<>();
        b.updates().stream().filter(u -> u.at() != null).forEach(u -> old.put(u.instant(), u));
        for (Update u : a.updates()) {
            if (u.at() == null) {
                continue;
            }
            Update was = old.remove(u.instant());
            if (was == null) {
                addUpdate("New update", u, lines);
            } else if (!samePublicText(was, u)) {
                rewritten++;
                lines.add(Line.of("warn", "EDITED after publication: the update of " + TIME.format(u.instant()) + " ("
                        + label(was) + ") changes what users already read"));
                for (String[] f : List.of(new String[] {"status", label(was), label(u)}, new String[] {"scope", was.scope(), u.scope()},
                        new String[] {"effect", was.effect(), u.effect()}, new String[] {"next update by", time(was.next()), time(u.next())},
                        new String[] {"body", was.body(), u.body()})) {
                    if (!Objects.equals(f[1], f[2])) {
                        lines.add(new Line("edit", f[0], f[1], f[2]));
                    }
                }
            }
        }
        for (Update gone : old.values()) {
            rewritten++;
            lines.add(Line.of("warn", "REMOVED after publication: the update of " + TIME.format(gone.instant()) + " (" + label(gone) + ")"));
        }
        if (b instanceof Incident bi && a instanceof Incident ai) {
            field("Cause", bi.cause(), ai.cause(), lines);
            field("Postmortem link", bi.postmortem(), ai.postmortem(), lines);
        }
        field("Summary", b.summary(), a.summary(), lines);
        return rewritten;
    }

    private static void field(String name, String before, String after, List<Line> lines) {
        if (!Objects.equals(before, after)) {
            lines.add(new Line("field", name, before, after));
        }
    }

    private static boolean samePublicText(Update a, Update b) {
        return a.status() == b.status() && Objects.equals(a.scope(), b.scope()) && Objects.equals(a.effect(), b.effect())
                && Objects.equals(a.body(), b.body()) && Objects.equals(time(a.next()), time(b.next()));
    }

    private static void addUpdate(String what, Update u, List<Line> lines) {
        lines.add(new Line("update", what + " · " + label(u) + " · " + TIME.format(u.instant()), null, u.body()));
    }

    private static String time(OffsetDateTime t) {
        return t == null ? null : TIME.format(t.toInstant());
    }

    private static String label(Update u) {
        return u.status() == null ? "?" : u.status().label();
    }

    private static String stateOf(Entry e) {
        if (e instanceof Incident i) {
            return i.isResolved() ? "Resolved" : i.publicState().label();
        }
        Maintenance m = (Maintenance) e;
        return m.isCancelled() ? "Cancelled" : m.closingUpdate().isPresent() ? "Completed" : "Scheduled or in progress";
    }

    private static String names(Content content, Entry e) {
        return String.join(", ", e.components().stream()
                .map(id -> content.site().component(id).map(Component::name).orElse(id)).toList());
    }

    private static String path(Entry e) {
        return "`" + e.path() + "`";
    }

    private static String overall(PublicState s) {
        return s.label();
    }

    private static String bannerText(SiteView.Banner b) {
        return b.active() ? b.message() : null;
    }

    private static String quoteOrNone(String s) {
        return s == null ? "none" : "\"" + s + "\"";
    }

    /** A removed id and an added id with the same title and first update time are one file renamed. */
    private static Map<String, String> renames(Map<String, Entry> old, Map<String, Entry> neu) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Entry gone : old.values()) {
            if (neu.containsKey(gone.id())) {
                continue;
            }
            Optional<Entry> same = neu.values().stream()
                    .filter(n -> !old.containsKey(n.id()) && !out.containsValue(n.id()))
                    .filter(n -> Objects.equals(n.title(), gone.title()) && n.getClass() == gone.getClass()
                            && !n.updates().isEmpty() && !gone.updates().isEmpty()
                            && Objects.equals(n.updates().get(0).instant(), gone.updates().get(0).instant()))
                    .findFirst();
            same.ifPresent(n -> out.put(gone.id(), n.id()));
        }
        return out;
    }

    private static Map<String, Entry> byId(Content c) {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (Entry e : c.entries()) {
            out.put(e.id(), e);
        }
        return out;
    }

    // ------------------------------------------------------------------ rendering

    private static void render(Line l, StringBuilder md, StringBuilder tx) {
        switch (l.kind()) {
            case "info" -> {
                md.append(l.text()).append("\n\n");
                tx.append("  ").append(l.text().replace("`", "")).append('\n');
            }
            case "warn" -> {
                md.append("- ⚠️ **").append(l.text()).append("**\n");
                tx.append("  !! ").append(l.text().replace("`", "")).append('\n');
            }
            case "update" -> {
                md.append("- **").append(l.text()).append("**\n");
                tx.append("  + ").append(l.text()).append('\n');
                if (l.after() != null) {
                    quote(l.after(), "  > ", md);
                    quote(l.after(), "      ", tx);
                }
            }
            case "field", "edit" -> {
                String lead = l.kind().equals("edit") ? "  - " : "- ";
                if (l.before() == null) {
                    md.append(lead).append("**").append(l.text()).append(":** ").append(oneLine(l.after())).append('\n');
                    tx.append("  ").append(l.text()).append(": ").append(oneLine(l.after())).append('\n');
                } else if (l.after() == null) {
                    md.append(lead).append("**").append(l.text()).append(":** removed (was ").append(oneLine(l.before())).append(")\n");
                    tx.append("  ").append(l.text()).append(": removed (was ").append(oneLine(l.before())).append(")\n");
                } else {
                    md.append(lead).append("**").append(l.text()).append(":** ").append(oneLine(l.before())).append(" → ")
                            .append(oneLine(l.after())).append('\n');
                    tx.append("  ").append(l.text()).append(": ").append(oneLine(l.before())).append(" -> ")
                            .append(oneLine(l.after())).append('\n');
                }
            }
            default -> throw new IllegalStateException(l.kind());
        }
    }

    private static void quote(String body, String prefix, StringBuilder out) {
        for (String line : body.strip().split("\n")) {
            out.append(prefix).append(line.strip()).append('\n');
        }
    }

    private static String oneLine(String s) {
        return "\"" + s.replaceAll("\\s+", " ").strip() + "\"";
    }
}
