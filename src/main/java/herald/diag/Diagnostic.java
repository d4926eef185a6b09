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

    /**
     * A quoted value may hold a line break or a control character (that is often what is wrong
     * with it): shown as {@code \u000A}, so a finding stays one line and never drives a terminal.
     */
    static String oneLine(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1)) || Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(s.charAt(i - 1)));
            if (Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029' || c >= '\uFFFE' || lone) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    /**
     * {@code path:line:col: level [rule] message}, the line format of the text output: one line, with
     * any line break or control character of a quoted value written as {@code \u000A}.
     */
    public String toText() {
        return oneLine(file + ":" + line + ":" + column + ": " + level.word() + " [" + rule.id() + "] " + message);
    }
}
