package herald.yaml;

import herald.yaml.YNode.YEntry;
import herald.yaml.YNode.YMap;
import herald.yaml.YNode.YScalar;
import herald.yaml.YNode.YSeq;
import herald.diag.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * snakeyaml-engine's event parser read into the positioned {@link YNode} tree (no Jackson in
 * between): the full YAML reader behind {@link YamlReader}, and the reference that FastYaml is
 * held to. It reads events, not a composed tree, so it refuses aliases (an alias bomb never
 * expands), duplicate keys and deep nesting itself, and every problem becomes a
 * {@link YamlProblem} at its line and column in the file.
 */
final class EngineYaml {
    // Settings are immutable and shared; a parser is cheap and made per fragment.
    private static final LoadSettings SETTINGS = LoadSettings.builder().setLabel("front matter").build();

    private final String text;
    private final int lineShift;
    private final LineIndex lines;
    private ParserImpl parser;
    private Event last;

    private EngineYaml(String text, int lineShift) {
        this.text = text;
        this.lineShift = lineShift;
        this.lines = new LineIndex(text, lineShift);
    }

    /** Parses {@code text}, whose first line is line {@code lineShift + 1} of the file. */
    static YamlDocument read(String text, int lineShift) throws YamlProblem {
        return new EngineYaml(text, lineShift).read();
    }

    private YamlDocument read() throws YamlProblem {
        try {
            parser = new ParserImpl(SETTINGS, new StreamReader(SETTINGS, text));
            expect(Event.ID.StreamStart);
            Event e = next();
            if (e.getEventId() == Event.ID.StreamEnd) {
                return new YamlDocument(text, new YMap(new Pos(lineShift + 1, 1), 0, List.of()));
            }
            // DocumentStart, then the root node
            YNode root = readValue(next(), 0);
            expect(Event.ID.DocumentEnd);
            Event after = next();
            if (after.getEventId() != Event.ID.StreamEnd) {
                // position of the next document's root, as Jackson reports it
                Event nextRoot = next();
                throw new YamlProblem(posOf(nextRoot), "more than one YAML document in the front matter; remove the extra '---'");
            }
            return new YamlDocument(text, root);
        } catch (MarkedYamlEngineException m) {
            throw translate(m);
        } catch (YamlEngineException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new YamlProblem(lastPos(), "invalid YAML: " + msg);
        }
    }

    private Event next() {
        last = parser.next();
        return last;
    }

    private void expect(Event.ID id) throws YamlProblem {
        Event e = next();
        if (e.getEventId() != id) {
            throw new YamlProblem(posOf(e), "unexpected YAML " + e.getEventId());
        }
    }

    private YNode readValue(Event e, int depth) throws YamlProblem {
        Pos pos = posOf(e);
        if (depth > YamlReader.MAX_DEPTH) {
            throw new YamlProblem(pos, "YAML nested more than " + YamlReader.MAX_DEPTH + " levels deep");
        }
        int offset = offsetOf(e);
        switch (e.getEventId()) {
            case MappingStart: {
                List<YEntry> entries = new ArrayList<>();
                Map<String, Pos> seen = new HashMap<>();
                Event k;
                while ((k = next()).getEventId() != Event.ID.MappingEnd) {
                    if (!(k instanceof ScalarEvent key)) {
                        if (k instanceof AliasEvent a) {
                            throw aliasProblem(posOf(k), a);
                        }
                        throw new YamlProblem(posOf(k), "expected a key");
                    }
                    Pos keyPos = posOf(k);
                    Pos earlier = seen.putIfAbsent(key.getValue(), keyPos);
                    if (earlier != null) {
                        throw new YamlProblem(keyPos, "duplicate key \"" + key.getValue() + "\" (first at line "
                                + earlier.line() + "); keep one of them");
                    }
                    entries.add(new YEntry(key.getValue(), keyPos, readValue(next(), depth + 1)));
                }
                return new YMap(pos, offset, entries);
            }
            case SequenceStart: {
                List<YNode> items = new ArrayList<>();
                Event i;
                while ((i = next()).getEventId() != Event.ID.SequenceEnd) {
                    items.add(readValue(i, depth + 1));
                }
                return new YSeq(pos, offset, items);
            }
            case Scalar: {
                ScalarEvent s = (ScalarEvent) e;
                return new YScalar(pos, offset, isNull(s) ? null : s.getValue());
            }
            case Alias:
                throw aliasProblem(pos, (AliasEvent) e);
            default:
                throw new YamlProblem(pos, "unexpected end of YAML");
        }
    }

    /**
     * Null as {@link YamlReader} reads it: a plain, untagged ~, null, Null or NULL, a value tagged
     * !!null, or an empty value that is not quoted (an empty block scalar included).
     */
    private static boolean isNull(ScalarEvent s) {
        String v = s.getValue();
        if (v.isEmpty()) {
            return !s.isSQuoted() && !s.isDQuoted();
        }
        Optional<String> tag = s.getTag();
        if (tag.isPresent() && !tag.get().equals("!")) {
            return tag.get().equals("tag:yaml.org,2002:null");
        }
        return s.isPlain() && (v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL"));
    }

    private static YamlProblem aliasProblem(Pos pos, AliasEvent a) {
        return new YamlProblem(pos, "YAML aliases (*" + a.getAlias().getValue()
                + ") are not supported in Herald content; write the value out in full");
    }

    private Pos posOf(Event e) {
        Optional<Mark> m = e.getStartMark();
        return m.isPresent() ? new Pos(m.get().getLine() + 1 + lineShift, m.get().getColumn() + 1) : lastPos();
    }

    private int offsetOf(Event e) {
        Optional<Mark> m = e.getStartMark();
        return m.isPresent() ? lines.offsetOf(m.get().getLine() + 1, m.get().getColumn() + 1) : 0;
    }

    private Pos lastPos() {
        return last == null || last.getStartMark().isEmpty() ? new Pos(lineShift + 1, 1) : posOf(last);
    }

    private YamlProblem translate(MarkedYamlEngineException m) {
        Optional<Mark> mark = m.getProblemMark().isPresent() ? m.getProblemMark() : m.getContextMark();
        Pos pos = mark.isPresent() ? new Pos(mark.get().getLine() + 1 + lineShift, mark.get().getColumn() + 1) : lastPos();
        String problem = m.getProblem() == null ? "invalid YAML" : m.getProblem();
        if (problem.contains("(TAB)") || problem.contains("\t")) {
            return new YamlProblem(pos, "a tab character cannot indent YAML; indent with spaces");
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return new YamlProblem(pos, "unexpected ':' in a value; put quotes around a value that contains ': '");
        }
        StringBuilder sb = new StringBuilder("invalid YAML: ").append(problem.replace('\n', ' '));
        if (m.getContext() != null && m.getContextMark().isPresent()) {
            sb.append(" (").append(m.getContext()).append(" at line ").append(m.getContextMark().get().getLine() + 1 + lineShift).append(')');
        }
        if (problem.contains("expected <block end>") || problem.contains("could not find expected ':'")) {
            sb.append("; check the indentation and that every key is followed by ': '");
        }
        return new YamlProblem(pos, sb.toString());
    }
}
