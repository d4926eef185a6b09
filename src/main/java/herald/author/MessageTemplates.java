package herald.author;

import herald.content.ContentFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The standard wording Herald ships (initial acknowledgement, ongoing update, identified cause,
 * resolved, postmortem scheduled, banner, maintenance scheduled/started/completed), overridable
 * per site by a file {@code content/templates/<name>.txt}. Placeholders are {@code {{name}}}
 * ({@code {{Name}}} capitalizes the value); one left unfilled is caught by the lint's
 * unfilled-placeholder rule, so a template never publishes a hole.
 */
public final class MessageTemplates {
    public static final List<String> NAMES = List.of("initial", "ongoing", "identified", "monitoring", "resolved",
            "postmortem", "banner", "maintenance-scheduled", "maintenance-banner", "maintenance-started",
            "maintenance-verifying", "maintenance-completed", "maintenance-cancelled",
            "initial-major-outage", "banner-major-outage", "banner-partial-outage");

    private final Path contentDir;

    public MessageTemplates(Path contentDir) {
        this.contentDir = contentDir;
    }

    /** The template text: the site's override if there is one, else the standard wording. */
    public String text(String name) throws IOException {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no template " + name + "; templates: " + String.join(", ", NAMES));
        }
        Path override = override(name);
        if (override != null) {
            Path outside = ContentFiles.linkOutside(override, contentDir);
            if (outside != null) {
                throw new IOException(contentDir.getFileName() + "/templates/" + name + ".txt is a link to " + outside
                        + ", outside the content folder; Herald reads only what is inside it: put the file itself there instead of a link");
            }
            return Files.readString(override, StandardCharsets.UTF_8).strip();
        }
        try (InputStream in = MessageTemplates.class.getResourceAsStream("/herald/templates/" + name + ".txt")) {
            if (in == null) {
                throw new IOException("missing bundled template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    private Path override(String name) {
        Path file = contentDir.resolve("templates").resolve(name + ".txt");
        return Files.isRegularFile(file) ? file : null;
    }

    public String fill(String name, Map<String, String> values) throws IOException {
        return fillText(text(name), values);
    }

    /**
     * The template for a public state: {@code <name>-<state>} ("banner-major-outage": a major
     * outage does not say "may be slow or incomplete") when the site or Herald has one, except
     * that a site's own {@code <name>} wins over Herald's {@code <name>-<state>}.
     */
    public String fill(String name, herald.model.PublicState state, Map<String, String> values) throws IOException {
        String specific = name + "-" + state.id();
        boolean known = NAMES.contains(specific);
        if (known && override(specific) != null || known && override(name) == null) {
            return fill(specific, values);
        }
        return fill(name, values);
    }

    /**
     * Replaces {{key}} by its value and {{Key}} by the value with a capital first letter. A site
     * template written before checkpoints followed the site's zone says "{{next}} UTC": it gets the
     * UTC clock ({{nextUtc}}), so its words stay true.
     */
    static String fillText(String template, Map<String, String> values) {
        String out = values.containsKey("nextUtc") ? template.replace("{{next}} UTC", "{{nextUtc}} UTC") : template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            out = out.replace("{{" + e.getKey() + "}}", e.getValue());
            out = out.replace("{{" + capitalize(e.getKey()) + "}}", capitalize(e.getValue()));
        }
        return out;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** A value that continues a sentence: "Slow responses" becomes "slow responses", "EU outage" stays. */
    static String midSentence(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    /** "AI answers", "AI answers and Citations", "Search, Sign-in and Billing". */
    static String names(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
