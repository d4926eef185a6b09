package herald.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import herald.yaml.YNode.YEntry;
import herald.yaml.YNode.YMap;
import herald.yaml.YNode.YScalar;
import herald.yaml.YNode.YSeq;
import herald.diag.Pos;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Test reference only: the YAML reader Herald used before issue 13 (Jackson's streaming parser
 * over SnakeYAML 1.1), kept to show that snakeyaml-engine gives the same trees, positions and
 * findings ({@link EngineYamlTest}). Aliases, duplicate keys and deep nesting are refused, as in
 * {@link YamlReader}.
 */
final class JacksonYaml {
    static final int MAX_DEPTH = 40;

    // One factory for all files: it is thread-safe and costly to create.
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 10).build())
            .build();

    private final String text;
    private final int lineShift;
    private final LineIndex lines;
    private YAMLParser parser;

    private JacksonYaml(String text, int lineShift) {
        this.text = text;
        this.lineShift = lineShift;
        this.lines = new LineIndex(text, lineShift);
    }

    /** Jackson over SnakeYAML 1.1. */
    static YamlDocument readFull(String text, int lineShift) throws YamlProblem {
        return new JacksonYaml(text, lineShift).read();
    }

    private YamlDocument read() throws YamlProblem {
        try (YAMLParser p = (YAMLParser) FACTORY.createParser(text)) {
            this.parser = p;
            JsonToken first = next();
            YNode root = first == null
                    ? new YMap(new Pos(lineShift + 1, 1), 0, List.of())
                    : readValue(first, 0);
            if (next() != null) {
                throw new YamlProblem(tokenPos(), "more than one YAML document in the front matter; remove the extra '---'");
            }
            return new YamlDocument(text, root);
        } catch (StreamConstraintsException e) {
            throw new YamlProblem(tokenPosSafe(), "YAML nested too deeply; Herald content needs at most a few levels");
        } catch (IOException e) {
            throw translate(e);
        } catch (RuntimeException e) {
            // SnakeYAML reports some scanner errors as unchecked exceptions.
            throw translate(e);
        }
    }

    private JsonToken next() throws IOException {
        return parser.nextToken();
    }

    private YNode readValue(JsonToken t, int depth) throws IOException, YamlProblem {
        if (depth > MAX_DEPTH) {
            throw new YamlProblem(tokenPos(), "YAML nested more than " + MAX_DEPTH + " levels deep");
        }
        Pos pos = tokenPos();
        int offset = offsetOf(parser.currentTokenLocation());
        switch (t) {
            case START_OBJECT: {
                List<YEntry> entries = new ArrayList<>();
                Map<String, Pos> seen = new HashMap<>();
                JsonToken k;
                while ((k = next()) != JsonToken.END_OBJECT) {
                    if (k != JsonToken.FIELD_NAME) {
                        throw new YamlProblem(tokenPos(), "expected a key");
                    }
                    String key = parser.currentName();
                    Pos keyPos = tokenPos();
                    Pos earlier = seen.putIfAbsent(key, keyPos);
                    if (earlier != null) {
                        throw new YamlProblem(keyPos, "duplicate key \"" + key + "\" (first at line "
                                + earlier.line() + "); keep one of them");
                    }
                    entries.add(new YEntry(key, keyPos, readValue(next(), depth + 1)));
                }
                return new YMap(pos, offset, entries);
            }
            case START_ARRAY: {
                List<YNode> items = new ArrayList<>();
                JsonToken i;
                while ((i = next()) != JsonToken.END_ARRAY) {
                    items.add(readValue(i, depth + 1));
                }
                return new YSeq(pos, offset, items);
            }
            case VALUE_NULL:
                rejectAlias(pos);
                return new YScalar(pos, offset, null);
            default:
                if (t == null || !t.isScalarValue()) {
                    throw new YamlProblem(pos, "unexpected end of YAML");
                }
                rejectAlias(pos);
                String value = parser.getText();
                if (value.isEmpty() && !isQuoteAt(offset)) {
                    // Jackson sometimes reports an empty plain value as "" instead of null; YAML says null
                    return new YScalar(pos, offset, null);
                }
                return new YScalar(pos, offset, value);
        }
    }

    private boolean isQuoteAt(int offset) {
        return offset < text.length() && (text.charAt(offset) == '"' || text.charAt(offset) == '\'');
    }

    private void rejectAlias(Pos pos) throws YamlProblem, IOException {
        if (parser.isCurrentAlias()) {
            throw new YamlProblem(pos, "YAML aliases (*" + parser.getText()
                    + ") are not supported in Herald content; write the value out in full");
        }
    }

    private int offsetOf(JsonLocation loc) {
        return lines.offsetOf(loc.getLineNr(), loc.getColumnNr());
    }

    private Pos tokenPos() {
        JsonLocation loc = parser.currentTokenLocation();
        return new Pos(loc.getLineNr() + lineShift, loc.getColumnNr());
    }

    private Pos tokenPosSafe() {
        return parser == null ? new Pos(lineShift + 1, 1) : tokenPos();
    }

    private YamlProblem translate(Exception e) {
        Throwable c = e;
        while (c != null && !(c instanceof MarkedYAMLException)) {
            c = c.getCause();
        }
        if (c instanceof MarkedYAMLException m) {
            Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
            Pos pos = mark == null ? tokenPosSafe() : new Pos(mark.getLine() + 1 + lineShift, mark.getColumn() + 1);
            return new YamlProblem(pos, describe(m));
        }
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return new YamlProblem(tokenPosSafe(), "invalid YAML: " + msg);
    }

    private String describe(MarkedYAMLException m) {
        String problem = m.getProblem() == null ? "invalid YAML" : m.getProblem();
        if (problem.contains("(TAB)")) {
            return "a tab character cannot indent YAML; indent with spaces";
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return "unexpected ':' in a value; put quotes around a value that contains ': '";
        }
        String context = m.getContext();
        StringBuilder sb = new StringBuilder("invalid YAML: ").append(problem.replace('\n', ' '));
        if (context != null && m.getContextMark() != null) {
            sb.append(" (").append(context).append(" at line ").append(m.getContextMark().getLine() + 1 + lineShift).append(')');
        }
        if (problem.contains("expected <block end>") || problem.contains("could not find expected ':'")) {
            sb.append("; check the indentation and that every key is followed by ': '");
        }
        return sb.toString();
    }
}
