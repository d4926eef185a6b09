package herald.content;

import herald.yaml.YNode;
import herald.yaml.YNode.YEntry;
import herald.yaml.YNode.YScalar;
import herald.yaml.YNode.YSeq;
import herald.yaml.YNode.YMap;
import herald.diag.Rule;
import herald.model.EntryFields;
import herald.model.Imported;
import herald.model.IncidentFields;
import herald.model.PublicState;
import herald.model.StateChange;
import herald.model.Severity;
import herald.model.UpdateFields;
import herald.diag.Span;
import herald.model.UpdateStatus;
import herald.diag.Where;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds {@link IncidentDraft} and {@link MaintenanceDraft} records from a file's front matter and body. */
final class EntryReader {
    static final Set<String> INCIDENT_KEYS = Set.of("title", "severity", "components", "triggered", "state",
            "stateReason", "banner", "cause", "postmortem", "updates", "internal", "imported");
    static final Set<String> MAINTENANCE_KEYS = Set.of("title", "components", "scheduled", "banner", "updates", "internal",
            "imported");
    static final Set<String> UPDATE_KEYS = Set.of("at", "status", "owner", "scope", "effect", "next", "waiver", "body", "state",
            "imported");
    static final Set<String> WINDOW_KEYS = Set.of("start", "end");

    private EntryReader() {
    }

    static IncidentDraft incident(String id, Fields f, FrontMatter fm) {
        f.rejectUnknownKeys(INCIDENT_KEYS, "an incident");
        String title = SiteReader.trimOrNull(f.text("title", true));
        Severity severity = f.choice("severity", true, EntryReader::severity,
                Arrays.stream(Severity.values()).map(Enum::name).toList());
        List<String> components = f.textList("components", !f.has("imported")); // an imported entry may name none: the old page had none
        OffsetDateTime triggered = f.timestamp("triggered", true);
        PublicState state = f.choice("state", false, s -> PublicState.byId(s).orElse(null),
                Arrays.stream(PublicState.values()).map(PublicState::id).toList());
        String stateReason = SiteReader.trimOrNull(f.text("stateReason", false));
        String banner = publicText(f, "banner");
        String cause = publicText(f, "cause");
        String postmortem = f.url("postmortem", false);
        Imported imported = ImportedReader.entry(f);
        List<UpdateDraft> updates = updates(f, true, f.has("imported"));
        Object internal = f.has("internal") ? plain(f.raw("internal")) : null;
        String summary = summary(f, fm);
        return new IncidentDraft(new EntryFields.Common<>(id, f.file(), title, components, banner, updates, summary, internal, imported),
                new IncidentFields.Own(severity, triggered, state, stateReason, cause, postmortem), new Where(f.file(), f.selfSpan(), f.spans()));
    }

    static MaintenanceDraft maintenance(String id, Fields f, FrontMatter fm) {
        f.rejectUnknownKeys(MAINTENANCE_KEYS, "a maintenance window");
        String title = SiteReader.trimOrNull(f.text("title", true));
        List<String> components = f.textList("components", !f.has("imported")); // an imported entry may name none: the old page had none
        OffsetDateTime start = null;
        OffsetDateTime end = null;
        Fields window = f.map("scheduled", true, "scheduled");
        if (window != null) {
            window.rejectUnknownKeys(WINDOW_KEYS, "scheduled");
            start = window.timestamp("start", true);
            end = window.timestamp("end", true);
            window.spans().forEach((k, v) -> f.putSpan("scheduled." + k, v));
        }
        String banner = publicText(f, "banner");
        Imported imported = ImportedReader.entry(f);
        List<UpdateDraft> updates = updates(f, false, f.has("imported"));
        Object internal = f.has("internal") ? plain(f.raw("internal")) : null;
        String summary = summary(f, fm);
        return new MaintenanceDraft(new EntryFields.Common<>(id, f.file(), title, components, banner, updates, summary, internal, imported),
                start, end, new Where(f.file(), f.selfSpan(), f.spans()));
    }

    /** Optional public text: kept as written (blank included) so the lint can call an empty one out. */
    private static String publicText(Fields f, String key) {
        String t = f.text(key, false);
        return t == null ? null : t.strip();
    }

    private static String summary(Fields f, FrontMatter fm) {
        if (fm == null || fm.body().isBlank()) {
            return null;
        }
        // the summary starts at its first non-blank line; keep its leading indentation so columns match
        String body = fm.body();
        int first = 0;
        int skipped = 0;
        while (true) {
            int nl = body.indexOf('\n', first);
            if (nl < 0 || !body.substring(first, nl).isBlank()) {
                break;
            }
            first = nl + 1;
            skipped++;
        }
        f.putSpan("body", new Span(new herald.diag.Pos(fm.bodyLine() + skipped, 1), Span.Style.BODY, 0));
        return body.substring(first).stripTrailing();
    }

    private static Severity severity(String s) {
        try {
            return Severity.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The updates, oldest first. In an imported entry (any {@code imported:} block, even a wrong
     * one) owner, scope, effect and next are optional: the source never had them.
     */
    private static List<UpdateDraft> updates(Fields f, boolean incident, boolean imported) {
        List<YNode> items = f.list("updates", true);
        List<UpdateDraft> out = new ArrayList<>();
        if (items == null) {
            return out;
        }
        List<String> allowed = UpdateStatus.ids(incident);
        for (int i = 0; i < items.size(); i++) {
            YNode item = items.get(i);
            String context = "update " + (i + 1);
            Fields u = f.child(item, context);
            if (!(item instanceof YMap)) {
                u.report(item.pos(), Rule.INVALID_VALUE, context + " must be a mapping (at:, status:, body: …), not " + item.kind());
                continue;
            }
            u.rejectUnknownKeys(UPDATE_KEYS, "an update");
            OffsetDateTime at = u.timestamp("at", true);
            UpdateStatus status = u.choice("status", true, s -> UpdateStatus.byId(s, incident).orElse(null), allowed);
            String owner = SiteReader.trimOrNull(u.text("owner", !imported));
            String scope = SiteReader.trimOrNull(u.text("scope", !imported));
            // an update that closes the entry may leave the effect out: there is none any more
            String effect = SiteReader.trimOrNull(u.text("effect", !imported && (status == null || !status.closes())));
            boolean needsNext = !imported && incident && (status == null || !status.closes());
            OffsetDateTime next = u.timestamp("next", needsNext);
            String waiver = SiteReader.trimOrNull(u.text("waiver", false));
            String body = u.text("body", true);
            StateChange state = ImportedReader.state(u);
            String originalId = ImportedReader.updateId(u);
            Map<String, Span> spans = new LinkedHashMap<>(u.spans());
            // keep leading whitespace: positions inside the body are counted from its first line
            out.add(new UpdateDraft(new UpdateFields.Values(at, status, owner, scope, effect, next, waiver,
                    body == null ? null : body.stripTrailing(), state, originalId), new Where(f.file(), u.selfSpan(), spans)));
        }
        return out;
    }

    /** The internal: block as plain Java values (ordered maps, lists, strings), for internal tools only. */
    static Object plain(YNode node) {
        if (node instanceof YMap m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (YEntry e : m.entries()) {
                out.put(e.key(), plain(e.value()));
            }
            return java.util.Collections.unmodifiableMap(out);
        }
        if (node instanceof YSeq s) {
            return s.items().stream().map(EntryReader::plain).toList();
        }
        return ((YScalar) node).text();
    }
}
