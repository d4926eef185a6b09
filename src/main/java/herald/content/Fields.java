package herald.content;

import herald.yaml.YamlDocument;
import herald.yaml.YNode;
import herald.yaml.YNode.YEntry;
import herald.yaml.YNode.YMap;
import herald.yaml.YNode.YScalar;
import herald.yaml.YNode.YSeq;
import herald.diag.Diagnostics;
import herald.diag.Rule;
import herald.diag.Work;
import herald.model.DurationText;
import herald.diag.Pos;
import herald.diag.Span;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed access to one YAML mapping of a content file. Every accessor reports what is wrong
 * (missing, wrong type, bad value) as a positioned finding and returns null instead of a value;
 * it also records each field's span for later findings.
 */
final class Fields {
    private final YamlDocument doc;
    private final String file;
    private final Diagnostics diagnostics;
    private final Work work;
    private final YNode node;
    private final String context;
    private final Map<String, YEntry> entries = new LinkedHashMap<>();
    private final Map<String, Span> spans = new LinkedHashMap<>();

    /**
     * @param context how messages name this mapping, e.g. "update 2" or "" for the top level
     */
    Fields(YamlDocument doc, String file, Diagnostics diagnostics, Work work, YNode node, String context) {
        this.doc = doc;
        this.file = file;
        this.diagnostics = diagnostics;
        this.work = work;
        this.node = node;
        this.context = context;
        if (node instanceof YMap map) {
            work.count(Work.Unit.FIELD_READ, map.entries().size());
            for (YEntry e : map.entries()) {
                entries.put(e.key(), e);
                spans.put(e.key(), doc.span(e.value()));
            }
        }
    }

    boolean isMap() {
        return node instanceof YMap;
    }

    Pos pos() {
        return node.pos();
    }

    Span selfSpan() {
        return doc.span(node);
    }

    Map<String, Span> spans() {
        return spans;
    }

    void putSpan(String key, Span span) {
        spans.put(key, span);
    }

    YamlDocument doc() {
        return doc;
    }

    String file() {
        return file;
    }

    /** A mapping or list item of this file, read with the same findings and counters. */
    Fields child(YNode item, String childContext) {
        return new Fields(doc, file, diagnostics, work, item, childContext);
    }

    /** Reports every key that the format does not define, with a "did you mean". */
    void rejectUnknownKeys(Set<String> allowed, String what) {
        for (YEntry e : entries.values()) {
            if (!allowed.contains(e.key())) {
                String hint = e.key().equals("summary") && allowed.contains("updates")
                        ? "; the public summary is the Markdown after the front matter's closing ---, not a key"
                        : herald.diag.Suggestions.closest(e.key(), allowed)
                        .map(s -> " (did you mean \"" + s + "\"?)")
                        .orElse("; " + what + " allows: " + String.join(", ", allowed.stream().sorted().toList()));
                report(e.keyPos(), Rule.UNKNOWN_FIELD, "unknown key \"" + e.key() + "\"" + in() + hint);
            }
        }
    }

    boolean has(String key) {
        YEntry e = entries.get(key);
        return e != null && !(e.value() instanceof YScalar s && s.isNull());
    }

    YNode raw(String key) {
        YEntry e = entries.get(key);
        return e == null ? null : e.value();
    }

    Pos keyPos(String key) {
        YEntry e = entries.get(key);
        return e == null ? node.pos() : e.keyPos();
    }

    Pos valuePos(String key) {
        YEntry e = entries.get(key);
        return e == null ? node.pos() : e.value().pos();
    }

    /** A text value; null (with a finding when required) if missing, empty or not a text. */
    String text(String key, boolean required) {
        YEntry e = entries.get(key);
        if (e == null || (e.value() instanceof YScalar s && s.isNull())) {
            if (required) {
                missing(key);
            }
            return null;
        }
        if (!(e.value() instanceof YScalar s)) {
            report(e.value().pos(), Rule.INVALID_VALUE, "\"" + key + "\"" + in() + " must be a text, not " + e.value().kind());
            return null;
        }
        if (s.text().isBlank()) {
            if (required) {
                report(e.value().pos(), Rule.REQUIRED_FIELD, "\"" + key + "\"" + in() + " is empty; " + Hints.forMissing(key, file, context));
            }
            return required ? null : s.text();
        }
        return s.text();
    }

    void missing(String key) {
        report(node.pos(), Rule.REQUIRED_FIELD, "missing required field \"" + key + "\"" + in() + "; " + Hints.forMissing(key, file, context));
    }

    /** An ISO-8601 timestamp with an explicit offset. */
    OffsetDateTime timestamp(String key, boolean required) {
        String t = text(key, required);
        if (t == null) {
            return null;
        }
        return parseTimestamp(t.trim(), valuePos(key), key);
    }

    OffsetDateTime parseTimestamp(String t, Pos pos, String key) {
        Timestamps.Reading r = Timestamps.read(t);
        if (r.problem() != null) {
            report(pos, Rule.TIMESTAMP_OFFSET, "\"" + key + "\"" + in() + " is " + r.problem());
        }
        return r.value();
    }

    Duration duration(String key, Duration fallback) {
        String t = text(key, false);
        if (t == null) {
            return fallback;
        }
        return DurationText.parse(t).filter(d -> !d.isZero()).orElseGet(() -> {
            report(valuePos(key), Rule.INVALID_VALUE, "\"" + key + "\"" + in() + " is \"" + t
                    + "\", not a duration; write minutes, hours or days such as 10m, 1h30m, 48h or 2d");
            return fallback;
        });
    }

    int positiveInt(String key, int fallback, int max) {
        String t = text(key, false);
        if (t == null) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(t.trim());
            if (v >= 1 && v <= max) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        report(valuePos(key), Rule.INVALID_VALUE, "\"" + key + "\"" + in() + " is \"" + t + "\"; write a whole number from 1 to " + max);
        return fallback;
    }

    /** An absolute http(s) URL. */
    String url(String key, boolean required) {
        String t = text(key, required);
        if (t == null) {
            return null;
        }
        String u = t.trim();
        if (!herald.model.Links.isAbsoluteHttp(u)) {
            report(valuePos(key), Rule.INVALID_VALUE, "\"" + key + "\"" + in() + " is \"" + u
                    + "\", not an absolute http(s) URL; write it like https://status.example.com/");
            return null;
        }
        return u;
    }

    /** A list value: its items, or null (reported) when it is not a list. */
    List<YNode> list(String key, boolean required) {
        YEntry e = entries.get(key);
        if (e == null || (e.value() instanceof YScalar s && s.isNull())) {
            if (required) {
                missing(key);
            }
            return null;
        }
        if (e.value() instanceof YSeq seq) {
            if (seq.items().isEmpty() && required) {
                report(seq.pos(), Rule.REQUIRED_FIELD, "\"" + key + "\"" + in() + " is empty; " + Hints.forMissing(key, file, context));
                return null;
            }
            return seq.items();
        }
        report(e.value().pos(), Rule.INVALID_VALUE, "\"" + key + "\"" + in() + " must be a list, not " + e.value().kind()
                + "; write [a, b] or one '- item' per line");
        return null;
    }

    /** A list of texts, e.g. component ids; records "key[i]" spans. */
    List<String> textList(String key, boolean required) {
        List<YNode> items = list(key, required);
        if (items == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YNode item = items.get(i);
            if (item instanceof YScalar s && !s.isNull() && !s.text().isBlank()) {
                out.add(s.text().trim());
                spans.put(key + "[" + out.size() + "]", doc.span(item));
            } else {
                report(item.pos(), Rule.INVALID_VALUE, "item " + (i + 1) + " of \"" + key + "\"" + in() + " must be a text, not " + item.kind());
            }
        }
        return out;
    }

    /** A nested mapping, or null (reported) when present but not a mapping. */
    Fields map(String key, boolean required, String childContext) {
        YEntry e = entries.get(key);
        if (e == null || (e.value() instanceof YScalar s && s.isNull())) {
            if (required) {
                missing(key);
            }
            return null;
        }
        if (!(e.value() instanceof YMap)) {
            report(e.value().pos(), Rule.INVALID_VALUE, "\"" + key + "\"" + in() + " must be a mapping of keys, not " + e.value().kind());
            return null;
        }
        return new Fields(doc, file, diagnostics, work, e.value(), childContext);
    }

    /** A value from a closed vocabulary, e.g. a severity or a status. */
    <T> T choice(String key, boolean required, Function<String, T> lookup, List<String> allowed) {
        String t = text(key, required);
        if (t == null) {
            return null;
        }
        T v = lookup.apply(t.trim());
        if (v == null) {
            String hint = herald.diag.Suggestions.closest(t.trim(), allowed).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
            report(valuePos(key), Rule.INVALID_VALUE, "\"" + key + "\"" + in() + " is \"" + t + "\"" + hint
                    + "; use one of: " + String.join(", ", allowed));
        }
        return v;
    }

    void report(Pos pos, Rule rule, String message) {
        diagnostics.report(file, pos.line(), pos.column(), rule, message);
    }

    private String in() {
        return context.isEmpty() ? "" : " in " + context;
    }
}
