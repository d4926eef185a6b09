package herald.diag;

import java.util.Map;

/**
 * Source positions of one record's fields, keyed by the field's YAML key ("title",
 * "components[1]", "next", "body"…). Meta-data for findings only: no value lives here.
 */
public record Where(String file, Span self, Map<String, Span> fields) {
    public Where {
        fields = Map.copyOf(fields);
    }

    public static Where of(String file, Pos pos) {
        return new Where(file, Span.at(pos), Map.of());
    }

    /** The span of a field, or of the record itself when the field is absent. */
    public Span span(String key) {
        return fields.getOrDefault(key, self);
    }

    public Pos pos(String key) {
        return span(key).start();
    }
}
