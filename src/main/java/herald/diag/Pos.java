package herald.diag;

/** A 1-based line and column in a content file. */
public record Pos(int line, int column) {
    public static final Pos START = new Pos(1, 1);

    public Pos {
        line = Math.max(1, line);
        column = Math.max(1, column);
    }
}
