package herald.diag;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts units of work done by the pipeline (YAML keys read by the loader, entries, references and
 * updates examined by the cross-file and cadence rules, templates rendered, Markdown texts
 * rendered, entries visited, intervals examined, texts checked), so a test can show that the work
 * grows linearly with the content: a count, not a timing. Cheap enough to leave on.
 */
public final class Work {
    public enum Unit {
        /** Keys of the YAML mappings the loader reads (counted where every mapping is opened: Fields). */
        FIELD_READ,
        /** Entries (duplicate-id), component references (unknown-component) and updates (cadence rules) examined. */
        RULE_VISIT,
        TEMPLATE_RENDER, MARKDOWN, ENTRY_VISIT, INTERVAL_CHECK, TEXT_CHECK
    }

    private static final LongAdder[] COUNTERS = new LongAdder[Unit.values().length];

    static {
        for (int i = 0; i < COUNTERS.length; i++) {
            COUNTERS[i] = new LongAdder();
        }
    }

    private Work() {
    }

    public static void count(Unit unit, long n) {
        COUNTERS[unit.ordinal()].add(n);
    }

    public static void count(Unit unit) {
        COUNTERS[unit.ordinal()].increment();
    }

    /** Current totals (for tests and --timings). */
    public static Map<Unit, Long> snapshot() {
        Map<Unit, Long> out = new EnumMap<>(Unit.class);
        for (Unit u : Unit.values()) {
            out.put(u, COUNTERS[u.ordinal()].sum());
        }
        return out;
    }

    public static void reset() {
        for (LongAdder a : COUNTERS) {
            a.reset();
        }
    }
}
