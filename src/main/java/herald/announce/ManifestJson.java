package herald.announce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The manifest as JSON: a fixed key order, pretty-printed, UTF-8, a final newline. Reading checks
 * every field and names the one that is wrong, since the file comes from a live site.
 */
public final class ManifestJson {
    private ManifestJson() {
    }

    public static byte[] write(Manifest m) {
        ObjectNode root = Json.object();
        root.put("format", m.format());
        Json.time(root, "generatedFrom", m.generatedFrom());
        root.put("historyDays", m.historyDays());
        ObjectNode page = root.putObject("page");
        page.put("id", m.page().id());
        page.put("name", m.page().name());
        page.put("url", m.page().url());
        page.put("timeZone", m.page().timeZone().getId());
        page.put("state", m.page().state().id());
        ArrayNode components = root.putArray("components");
        for (Manifest.ComponentState c : m.components()) {
            components.addObject().put("id", c.id()).put("name", c.name()).put("state", c.state().id());
        }
        ArrayNode updates = root.putArray("updates");
        for (Manifest.PublishedUpdate u : m.updates()) {
            ObjectNode n = updates.addObject();
            n.put("id", u.id());
            n.put("entry", u.entryId());
            n.put("kind", u.kind().id());
            Json.time(n, "at", u.at());
            n.put("status", u.status());
            ArrayNode ids = n.putArray("components");
            u.components().forEach(ids::add);
            n.put("imported", u.imported());
        }
        return (Json.pretty(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a manifest.
     *
     * @param source where the bytes came from, for the message: a path or a URL
     * @throws AnnounceException naming the source and the field when it is not a manifest this Herald reads
     */
    public static Manifest read(byte[] bytes, String source) throws AnnounceException {
        JsonNode root;
        try {
            root = Json.parse(bytes);
        } catch (IOException e) {
            throw new AnnounceException(source + ": not JSON, so not a Herald manifest (" + firstLine(e.getMessage()) + ")");
        }
        try {
            return manifest(root == null ? Json.object().nullNode() : root);
        } catch (BadField e) {
            throw new AnnounceException(source + ": " + e.getMessage());
        }
    }

    private static Manifest manifest(JsonNode root) throws BadField {
        if (!root.isObject()) {
            throw new BadField("$", "expected a JSON object, the Herald manifest");
        }
        int format = integer(root, "format", "$.format");
        if (format > Manifest.FORMAT) {
            throw new BadField("$.format", "format " + format + " is newer than this Herald reads (" + Manifest.FORMAT
                    + "); run the Herald version that built the live site, or a newer one");
        }
        JsonNode p = field(root, "page", "$.page");
        Manifest.Page page = new Manifest.Page(text(p, "id", "$.page.id"), text(p, "name", "$.page.name"),
                text(p, "url", "$.page.url"), zone(text(p, "timeZone", "$.page.timeZone"), "$.page.timeZone"),
                state(text(p, "state", "$.page.state"), "$.page.state"));
        List<Manifest.ComponentState> components = new ArrayList<>();
        JsonNode cs = array(root, "components", "$.components");
        for (int i = 0; i < cs.size(); i++) {
            String at = "$.components[" + i + "]";
            JsonNode c = cs.get(i);
            components.add(new Manifest.ComponentState(text(c, "id", at + ".id"), text(c, "name", at + ".name"),
                    state(text(c, "state", at + ".state"), at + ".state")));
        }
        List<Manifest.PublishedUpdate> updates = new ArrayList<>();
        JsonNode us = array(root, "updates", "$.updates");
        for (int i = 0; i < us.size(); i++) {
            updates.add(update(us.get(i), "$.updates[" + i + "]"));
        }
        int historyDays = integer(root, "historyDays", "$.historyDays");
        if (historyDays < 1) {
            throw new BadField("$.historyDays", "expected a number of days of at least 1, found " + historyDays);
        }
        return new Manifest(format, page, instant(text(root, "generatedFrom", "$.generatedFrom"), "$.generatedFrom"),
                historyDays, components, updates);
    }

    private static Manifest.PublishedUpdate update(JsonNode u, String at) throws BadField {
        String kind = text(u, "kind", at + ".kind");
        List<String> ids = new ArrayList<>();
        JsonNode list = array(u, "components", at + ".components");
        for (int j = 0; j < list.size(); j++) {
            if (!list.get(j).isTextual()) {
                throw new BadField(at + ".components[" + j + "]", "expected a component id (a string)");
            }
            ids.add(list.get(j).asText());
        }
        JsonNode imported = field(u, "imported", at + ".imported");
        if (!imported.isBoolean()) {
            throw new BadField(at + ".imported", "expected true or false");
        }
        return new Manifest.PublishedUpdate(text(u, "id", at + ".id"), text(u, "entry", at + ".entry"),
                parsed(kind, EntryKind::byId, at + ".kind", "incident or maintenance"),
                instant(text(u, "at", at + ".at"), at + ".at"), text(u, "status", at + ".status"), ids, imported.asBoolean());
    }

    private static JsonNode field(JsonNode node, String key, String at) throws BadField {
        JsonNode v = node.isObject() ? node.get(key) : null;
        if (v == null || v.isNull()) {
            throw new BadField(at, "missing");
        }
        return v;
    }

    private static String text(JsonNode node, String key, String at) throws BadField {
        JsonNode v = field(node, key, at);
        if (!v.isTextual()) {
            throw new BadField(at, "expected a string, found " + v);
        }
        return v.asText();
    }

    private static int integer(JsonNode node, String key, String at) throws BadField {
        JsonNode v = field(node, key, at);
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new BadField(at, "expected a whole number, found " + v);
        }
        return v.asInt();
    }

    private static JsonNode array(JsonNode node, String key, String at) throws BadField {
        JsonNode v = field(node, key, at);
        if (!v.isArray()) {
            throw new BadField(at, "expected a list");
        }
        return v;
    }

    private static State state(String id, String at) throws BadField {
        return parsed(id, State::byId, at, "one of operational, degraded-performance, partial-outage, major-outage, maintenance, informational");
    }

    private static <T> T parsed(String value, Function<String, Optional<T>> byId, String at, String expected) throws BadField {
        Optional<T> v = byId.apply(value);
        if (v.isEmpty()) {
            throw new BadField(at, "\"" + value + "\" is not " + expected);
        }
        return v.get();
    }

    private static Instant instant(String value, String at) throws BadField {
        try {
            return Instant.parse(value);
        } catch (DateTimeException e) {
            throw new BadField(at, "\"" + value + "\" is not a UTC timestamp like 2026-11-20T14:09:00.000Z");
        }
    }

    private static ZoneId zone(String value, String at) throws BadField {
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new BadField(at, "\"" + value + "\" is not a time zone id like Europe/Berlin");
        }
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
    }

    /** A wrong field, as {@code $.updates[3].at: missing}. */
    private static final class BadField extends Exception {
        private static final long serialVersionUID = 1L;

        BadField(String at, String message) {
            super(at + ": " + message, null, false, false);
        }
    }
}
