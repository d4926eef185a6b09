package herald.diag;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts units of work done by one pipeline run (YAML keys read by the loader, entries, references
 * and updates examined by the cross-file and cadence rules, templates rendered, Markdown texts
 * rendered, entries visited, intervals examined, texts checked), so a test can show that the work
 * grows linearly with the content: a count, not a timing. Each run gets its own (injected, never
 * global), so runs in parallel do not mix their counts. Cheap enough to leave on.
 */
public final class Work {
    public enum Unit {
        /** Keys of the YAML mappings the loader reads (counted where every mapping is opened: Fields). */
        FIELD_READ,
        /** Entries (duplicate-id), component references (unknown-component) and updates (cadence rules) examined. */
        RULE_VISIT,
        TEMPLATE_RENDER, MARKDOWN, ENTRY_VISIT, INTERVAL_CHECK, TEXT_CHECK
    }

    private final LongAdder[] counters = new LongAdder[Unit.values().length];

    public Work() {
        for (int i = 0; i < counters.length; i++) {
            counters[i] = new LongAdder();
        }
    }

    public void count(Unit unit, long n) {
        counters[unit.ordinal()].add(n);
    }

    public void count(Unit unit) {
        counters[unit.ordinal()].increment();
    }

    /** Current totals. */
    public Map<Unit, Long> snapshot() {
        Map<Unit, Long> out = new EnumMap<>(Unit.class);
        for (Unit u : Unit.values()) {
            out.put(u, counters[u.ordinal()].sum());
        }
        return out;
    }
}
