package herald.yaml;

/**
 * The one way content YAML is read into a positioned tree: the seam between the hand-written
 * {@link FastYaml} and the library. FastYaml reads the plain subset that content files use
 * (about five times faster than the library at 10,000 files, notes of issue 13); everything else,
 * every YAML error included, goes to snakeyaml-engine ({@link EngineYaml}), which is also the
 * reference the generated differential test holds FastYaml to. Aliases, duplicate keys and deep
 * nesting are refused, and every problem is a {@link YamlProblem} at its line and column.
 */
public final class YamlReader {
    static final int MAX_DEPTH = 40;

    private YamlReader() {
    }

    /**
     * Parses {@code text}, whose first line is line {@code lineShift + 1} of the file. An empty
     * fragment gives an empty mapping.
     */
    public static YamlDocument read(String text, int lineShift) throws YamlProblem {
        YamlDocument fast = FastYaml.read(text, lineShift);
        return fast != null ? fast : EngineYaml.read(text, lineShift);
    }
}
