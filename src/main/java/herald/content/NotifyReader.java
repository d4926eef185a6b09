package herald.content;

import herald.announce.Channel;
import herald.announce.NotifyConfig;
import herald.diag.Pos;
import herald.diag.Rule;
import herald.yaml.YNode;
import herald.yaml.YNode.YEntry;
import herald.yaml.YNode.YMap;
import herald.yaml.YNode.YScalar;
import herald.yaml.YNode.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * site.yaml's {@code notify:} list: herald announce's channels, checked like every other key of
 * site.yaml, each problem at the line and column of the key or value it is about. The parsing is
 * {@link NotifyConfig}'s; this class turns its field paths ({@code notify[1].smtp.port}) into positions.
 */
final class NotifyReader {
    private static final Pattern STEP = Pattern.compile("\\[(\\d+)]|\\.([^.\\[]+)");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");

    private NotifyReader() {
    }

    static List<Channel> read(Fields f, List<SiteDraft.ComponentDraft> components) {
        YNode notify = f.raw("notify");
        if (notify == null || notify instanceof YScalar s && s.isNull()) {
            return List.of();
        }
        Set<String> ids = components.stream().map(SiteDraft.ComponentDraft::id).filter(id -> id != null)
                .collect(Collectors.toSet());
        NotifyConfig.Parsed parsed = NotifyConfig.parse(plain(notify), ids);
        for (NotifyConfig.Problem p : parsed.problems()) {
            Rule rule = switch (p.kind()) {
                case UNKNOWN_KEY -> Rule.UNKNOWN_FIELD;
                case MISSING -> Rule.REQUIRED_FIELD;
                case INVALID -> Rule.INVALID_VALUE;
            };
            f.report(position(notify, p), rule, p.toString());
        }
        return parsed.channels();
    }

    /** The YAML as the plain tree the parser reads: maps, lists, and scalars typed as YAML 1.2's core schema would. */
    static Object plain(YNode node) {
        if (node instanceof YMap m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (YEntry e : m.entries()) {
                out.put(e.key(), plain(e.value()));
            }
            return out;
        }
        if (node instanceof YSeq s) {
            List<Object> out = new ArrayList<>();
            s.items().forEach(i -> out.add(plain(i)));
            return out;
        }
        return scalar(((YScalar) node).text());
    }

    private static Object scalar(String text) {
        if (text == null) {
            return null;
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        return INTEGER.matcher(text).matches() ? (Object) Integer.valueOf(text) : text;
    }

    /** The key of an unknown key, the mapping that lacks a missing one, the value of anything else. */
    private static Pos position(YNode notify, NotifyConfig.Problem p) {
        YNode node = notify;
        YEntry last = null;
        boolean found = true;
        Matcher m = STEP.matcher(p.path().substring("notify".length()));
        while (found && m.find()) {
            found = false;
            if (m.group(1) != null && node instanceof YSeq seq) {
                int i = Integer.parseInt(m.group(1));
                if (i < seq.items().size()) {
                    node = seq.items().get(i);
                    found = true;
                }
            } else if (m.group(2) != null && node instanceof YMap map) {
                for (YEntry e : map.entries()) {
                    if (e.key().equals(m.group(2))) {
                        last = e;
                        node = e.value();
                        found = true;
                    }
                }
            }
        }
        if (p.kind() == NotifyConfig.Problem.Kind.UNKNOWN_KEY && found && last != null) {
            return last.keyPos();
        }
        return node.pos();
    }
}
