package herald.init;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One component named on the command line: "API", or "Platform/Webhooks" for a group. */
public record ComponentSpec(String id, String name, String group) {

    /**
     * Reads "API, Dashboard, Platform/Webhooks": comma-separated names, each optionally prefixed
     * with its group and a slash; ids are the names in lower case with dashes.
     */
    public static List<ComponentSpec> parse(String text) {
        List<ComponentSpec> out = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.lastIndexOf('/');
            String group = slash < 0 ? null : entry.substring(0, slash).strip();
            String name = entry.substring(slash + 1).strip();
            if (name.isEmpty() || group != null && group.isEmpty()) {
                throw new IllegalArgumentException("component \"" + entry + "\" needs a name" + (slash < 0 ? "" : " and a group")
                        + ": write Name or Group/Name");
            }
            String id = id(name, out.size() + 1);
            String before = seen.putIfAbsent(id, name);
            if (before != null) {
                throw new IllegalArgumentException("components \"" + before + "\" and \"" + name + "\" would both get the id \"" + id
                        + "\"; give them different names");
            }
            out.add(new ComponentSpec(id, name, group));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("name at least one component, e.g. --components \"API, Dashboard\"");
        }
        return List.copyOf(out);
    }

    /** "Public API" -> "public-api"; a name with no latin letters or digits gets "component-N". */
    static String id(String name, int position) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String id = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "component-" + position : id;
    }
}
