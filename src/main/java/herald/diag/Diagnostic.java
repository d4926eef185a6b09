package herald.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding. {@code file} is the display path (relative to the working directory, with '/'),
 * line and column are 1-based positions in the original file.
 */
public record Diagnostic(String file, int line, int column, Level level, Rule rule, String message)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(d -> d.rule().id())
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        line = Math.max(1, line);
        column = Math.max(1, column);
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    /** {@code path:line:col: level [rule] message}, the line format of the text output. */
    public String toText() {
        return file + ":" + line + ":" + column + ": " + level.word() + " [" + rule.id() + "] " + message;
    }
}
