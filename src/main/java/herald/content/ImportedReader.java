package herald.content;

import herald.diag.Rule;
import herald.model.Imported;
import herald.model.PublicState;
import herald.model.StateChange;
import herald.yaml.YNode;
import herald.yaml.YNode.YEntry;
import herald.yaml.YNode.YMap;
import herald.yaml.YNode.YScalar;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what imported history adds to the format: an entry's {@code imported: {from, id, url, at}},
 * an update's {@code imported: {id}}, and an update's {@code state:} (one state, or a state per
 * component), with positions for the lint.
 */
final class ImportedReader {
    static final Set<String> ENTRY_KEYS = Set.of("from", "id", "url", "at");
    static final Set<String> UPDATE_KEYS = Set.of("id");
    /** The source's name: statuspage, cstate or another identifier. */
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** An original id becomes a path of the site ({@code incidents/<id>/}): URL-safe characters only. */
    private static final Pattern ORIGINAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]*");
    private static final List<String> STATES = Arrays.stream(PublicState.values()).map(PublicState::id).toList();

    private ImportedReader() {
    }

    /** The entry's {@code imported:} block, or null when there is none or it is unusable (reported). */
    static Imported entry(Fields f) {
        Fields block = f.map("imported", false, "imported");
        if (block == null) {
            return null;
        }
        block.rejectUnknownKeys(ENTRY_KEYS, "imported");
        String from = checked(block, "from", SOURCE, "a lower-case identifier such as statuspage or cstate");
        String id = checked(block, "id", ORIGINAL_ID, "the entry's id at the source (letters, digits, . _ ~ -)");
        String url = block.url("url", false);
        OffsetDateTime at = block.timestamp("at", false);
        block.spans().forEach((k, v) -> f.putSpan("imported." + k, v));
        return from == null || id == null ? null : new Imported(from, id, url, at);
    }

    /** An update's {@code imported: {id}}: the update's id at the source, or null. */
    static String updateId(Fields u) {
        Fields block = u.map("imported", false, "imported");
        if (block == null) {
            return null;
        }
        block.rejectUnknownKeys(UPDATE_KEYS, "an update's imported");
        String id = checked(block, "id", ORIGINAL_ID, "the update's id at the source (letters, digits, . _ ~ -)");
        block.spans().forEach((k, v) -> u.putSpan("imported." + k, v));
        return id;
    }

    /**
     * An update's {@code state:}: a public state, or a mapping of component id to public state
     * (spans "state.&lt;component&gt;" for the lint's unknown-component); null when absent or wrong.
     */
    static StateChange state(Fields u) {
        YNode raw = u.raw("state");
        if (raw == null || raw instanceof YScalar s && s.isNull()) {
            return null;
        }
        if (raw instanceof YMap map) {
            Fields states = u.child(map, "state");
            Map<String, PublicState> out = new LinkedHashMap<>();
            boolean ok = !map.entries().isEmpty();
            for (YEntry e : map.entries()) {
                PublicState s = states.choice(e.key(), true, k -> PublicState.byId(k).orElse(null), STATES);
                u.putSpan("state." + e.key(), u.doc().span(e.value()));
                if (s == null) {
                    ok = false;
                } else {
                    out.put(e.key(), s);
                }
            }
            if (map.entries().isEmpty()) {
                u.report(map.pos(), Rule.REQUIRED_FIELD, "\"state\" is an empty mapping; write one state (state: partial-outage)"
                        + " or a state per component (state: {answers-api: partial-outage})");
            }
            return ok ? StateChange.perComponent(out) : null;
        }
        PublicState s = u.choice("state", false, k -> PublicState.byId(k).orElse(null), STATES);
        return s == null ? null : StateChange.of(s);
    }

    private static String checked(Fields block, String key, Pattern pattern, String expected) {
        String t = block.text(key, true);
        if (t == null) {
            return null;
        }
        String v = t.trim();
        if (!pattern.matcher(v).matches()) {
            block.report(block.valuePos(key), Rule.INVALID_VALUE, "\"" + key + "\" in imported is \"" + v + "\"; write " + expected);
            return null;
        }
        return v;
    }
}
