package herald.importer;

import com.fasterxml.jackson.databind.JsonNode;
import herald.content.Timestamps;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON value with where it is: the source it came from and its JSON path, so every complaint
 * about a value names both ({@code summary.json: $.components[2].name: expected a text, found a number}).
 */
record JsonAt(String source, String path, JsonNode node) {
    static JsonAt root(String source, JsonNode node) {
        return new JsonAt(source, "$", node);
    }

    ImportFailure fail(String problem) {
        return new ImportFailure(source + ": " + path + ": " + problem);
    }

    boolean has(String key) {
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    JsonAt get(String key) {
        JsonNode v = node.get(key);
        return new JsonAt(source, path + "." + key, v == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : v);
    }

    boolean isNull() {
        return node.isNull() || node.isMissingNode();
    }

    private String found() {
        if (isNull()) {
            return "nothing (missing or null)";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NUMBER -> "a number (" + node + ")";
            case BOOLEAN -> "a boolean (" + node + ")";
            case STRING -> "the text \"" + node.asText() + "\"";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The text at {@code key}; a missing or null value is refused. */
    String text(String key) throws ImportFailure {
        JsonAt v = get(key);
        if (!v.node.isTextual() || v.node.asText().isBlank()) {
            throw v.fail("expected a text, found " + v.found());
        }
        return v.node.asText();
    }

    /** The text at {@code key}, or null when it is missing or null; a value of another type is refused. */
    String optText(String key) throws ImportFailure {
        JsonAt v = get(key);
        if (v.isNull()) {
            return null;
        }
        if (!v.node.isTextual()) {
            throw v.fail("expected a text or null, found " + v.found());
        }
        return v.node.asText();
    }

    /** The id at {@code key}: a text or a whole number. */
    String id(String key) throws ImportFailure {
        JsonAt v = get(key);
        if (v.node.isIntegralNumber() || v.node.isTextual() && !v.node.asText().isBlank()) {
            return v.node.asText();
        }
        throw v.fail("expected an id (a text), found " + v.found());
    }

    /** The timestamp at {@code key} (RFC 3339 with an offset), or null when missing and not required. */
    OffsetDateTime time(String key, boolean required) throws ImportFailure {
        String t = required ? text(key) : optText(key);
        if (t == null) {
            return null;
        }
        Timestamps.Reading r = Timestamps.read(t.strip());
        if (r.value() == null) {
            throw get(key).fail("not a timestamp with an offset: " + r.problem());
        }
        return r.value();
    }

    int intOr(String key, int fallback) {
        JsonNode v = node.get(key);
        return v != null && v.canConvertToInt() ? v.asInt() : fallback;
    }

    boolean bool(String key) {
        JsonNode v = node.get(key);
        return v != null && v.asBoolean(false);
    }

    /** The items of the list at {@code key}: empty when missing or null, refused when not a list. */
    List<JsonAt> list(String key) throws ImportFailure {
        JsonAt v = get(key);
        if (v.isNull()) {
            return List.of();
        }
        return v.items();
    }

    /** The items of this value, which must be a list. */
    List<JsonAt> items() throws ImportFailure {
        if (!node.isArray()) {
            throw fail("expected a list, found " + found());
        }
        List<JsonAt> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(new JsonAt(source, path + "[" + i + "]", node.get(i)));
        }
        return out;
    }

    /** This value, which must be an object. */
    JsonAt object() throws ImportFailure {
        if (!node.isObject()) {
            throw fail("expected an object, found " + found());
        }
        return this;
    }
}
