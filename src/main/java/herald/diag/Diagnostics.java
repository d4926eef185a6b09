package herald.diag;

import java.util.ArrayList;
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

    public void error(String file, int line, int column, Rule rule, String message) {
        add(new Diagnostic(file, line, column, Level.ERROR, rule, message));
    }

    public void report(String file, int line, int column, Rule rule, String message) {
        add(new Diagnostic(file, line, column, rule.level(), rule, message));
    }

    public synchronized void addAll(Diagnostics other) {
        items.addAll(other.sorted());
    }

    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(null);
        return List.copyOf(copy);
    }

    public synchronized long errors() {
        return items.stream().filter(d -> d.level() == Level.ERROR).count();
    }

    public synchronized long warnings() {
        return items.stream().filter(d -> d.level() == Level.WARNING).count();
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(d -> d.level() == Level.ERROR);
    }

    public synchronized boolean isEmpty() {
        return items.isEmpty();
    }
}
