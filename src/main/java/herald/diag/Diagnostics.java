package herald.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects findings from every stage. Thread-safe so files can be parsed in parallel;
 * {@link #sorted()} gives the total order (file, line, column, rule) used by every output.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        items.add(d);
    }

    public void report(String file, int line, int column, Rule rule, String message) {
        add(new Diagnostic(file, line, column, rule.level(), rule, message));
    }

    /** Adds another collection's findings (in any order: {@link #sorted()} orders them). */
    public void addAll(Diagnostics other) {
        List<Diagnostic> theirs;
        synchronized (other) {
            theirs = new ArrayList<>(other.items);
        }
        synchronized (this) {
            items.addAll(theirs);
        }
    }

    /** A sorted, unmodifiable copy: sort once and reuse it rather than calling this again. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(null);
        return Collections.unmodifiableList(copy);
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(d -> d.level() == Level.ERROR);
    }
}
