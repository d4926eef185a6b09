package herald.review;

import herald.diag.Diagnostic;
import herald.review.Changes.Kind;
import herald.review.Changes.Line;
import herald.review.Changes.Section;
import herald.model.Component;
import herald.model.Content;
import herald.model.Entry;
import herald.model.Incident;
import herald.model.Maintenance;
import herald.model.PublicState;
import herald.model.SiteStatus;
import herald.model.TimeFormats;
import herald.model.Update;
import herald.derive.SiteView;
import herald.derive.SiteViewBuilder;
import java.time.Instant;
import java.time.OffsetDateTime;
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
    private static final DateTimeFormatter TIME = TimeFormats.DIFF;

    private PublicDiff() {
    }

    /** The result in both renderings, and how many published updates were rewritten. */
    public record Result(String markdown, String text, boolean changed, int rewritten) {
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
                lines.add(Line.of(Kind.WARN, "renamed from `" + from + "` to `" + e.id() + "`: the public URL changes, links to "
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
                        List.of(Line.of(Kind.WARN, "its page " + path(e) + " disappears from the site, with every update users read there"))));
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
        List<Diagnostic> mine = findings.stream().filter(d -> changedFiles.contains(d.file())).toList();
        return DiffReport.write(new Changes(sections, rewritten, states, overallBefore, overallAfter, bannerText(bannerBefore),
                bannerText(bannerAfter), mine));
    }

    // ------------------------------------------------------------------ entries

    private static void describeNew(Content content, Entry e, List<Line> lines) {
        lines.add(Line.of(Kind.INFO, "page " + path(e) + " · " + stateOf(e) + " · affects " + names(content, e)));
        if (e.banner() != null) {
            lines.add(new Line(Kind.FIELD, "Banner", null, e.banner()));
        }
        if (e instanceof Maintenance m) {
            lines.add(Line.of(Kind.INFO, "window " + TIME.format(m.start().toInstant()) + " to " + TIME.format(m.end().toInstant())));
        }
        for (Update u : e.updates()) {
            addUpdate("New update", u, lines);
        }
        if (e instanceof Incident i) {
            if (i.cause() != null) {
                lines.add(new Line(Kind.FIELD, "Cause", null, i.cause()));
            }
            if (i.postmortem() != null) {
                lines.add(new Line(Kind.FIELD, "Postmortem link", null, i.postmortem()));
            }
        }
        if (e.summary() != null) {
            lines.add(new Line(Kind.FIELD, "Summary", null, e.summary()));
        }
    }

    /** Lines for the public differences; returns how many published updates were rewritten or removed. */
    private static int describeChanges(Entry b, Entry a, List<Line> lines) {
        int rewritten = 0;
        field("Title", b.title(), a.title(), lines);
        field("Banner", b.banner(), a.banner(), lines);
        if (!stateOf(b).equals(stateOf(a))) {
            lines.add(new Line(Kind.FIELD, "State", stateOf(b), stateOf(a)));
        }
        if (!b.components().equals(a.components())) {
            lines.add(new Line(Kind.FIELD, "Components", String.join(", ", b.components()), String.join(", ", a.components())));
        }
        Map<Instant, Update> old = new LinkedHashMap<>();
        b.updates().forEach(u -> old.put(u.instant(), u));
        for (Update u : a.updates()) {
            Update was = old.remove(u.instant());
            if (was == null) {
                addUpdate("New update", u, lines);
            } else if (!samePublicText(was, u)) {
                rewritten++;
                lines.add(Line.of(Kind.WARN, "EDITED after publication: the update of " + TIME.format(u.instant()) + " ("
                        + label(was) + ") changes what users already read"));
                for (String[] f : List.of(new String[] {"status", label(was), label(u)}, new String[] {"scope", was.scope(), u.scope()},
                        new String[] {"effect", was.effect(), u.effect()}, new String[] {"next update by", time(was.next()), time(u.next())},
                        new String[] {"body", was.body(), u.body()})) {
                    if (!Objects.equals(f[1], f[2])) {
                        lines.add(new Line(Kind.EDIT, f[0], f[1], f[2]));
                    }
                }
            }
        }
        for (Update gone : old.values()) {
            rewritten++;
            lines.add(Line.of(Kind.WARN, "REMOVED after publication: the update of " + TIME.format(gone.instant()) + " (" + label(gone) + ")"));
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
            lines.add(new Line(Kind.FIELD, name, before, after));
        }
    }

    private static boolean samePublicText(Update a, Update b) {
        return a.status() == b.status() && Objects.equals(a.scope(), b.scope()) && Objects.equals(a.effect(), b.effect())
                && Objects.equals(a.body(), b.body()) && Objects.equals(time(a.next()), time(b.next()));
    }

    private static void addUpdate(String what, Update u, List<Line> lines) {
        lines.add(new Line(Kind.UPDATE, what + " · " + label(u) + " · " + TIME.format(u.instant()), null, u.body()));
    }

    private static String time(OffsetDateTime t) {
        return t == null ? null : TIME.format(t.toInstant());
    }

    private static String label(Update u) {
        return u.status().label();
    }

    private static String stateOf(Entry e) {
        if (e instanceof Incident i) {
            return i.isResolved() ? "Resolved" : i.stateAt(i.lastUpdatedAt()).label();
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

}
