package herald.yaml;

import herald.diag.Pos;

/** YAML that cannot be read, with the position of the problem in the file and a fix hint. */
public final class YamlProblem extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Pos pos;

    YamlProblem(Pos pos, String message) {
        super(message, null, false, false);
        this.pos = pos;
    }

    public Pos pos() {
        return pos;
    }
}
