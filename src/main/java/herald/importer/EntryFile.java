package herald.importer;

import herald.importer.SourceData.Kind;
import herald.yaml.YamlText;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one imported incident or maintenance file. Its {@code imported:} block ends with a
 * comment holding a hash of the file as written: a later import rewrites the file only while the
 * text still matches that hash, so an entry edited by hand since (or whose comment was removed) is
 * never touched again.
 */
final class EntryFile {
    static final String MARK = "# herald import: sha256 ";
    private static final Pattern HASH_LINE = Pattern.compile("(?m)^[ \\t]*" + Pattern.quote(MARK) + "([0-9a-f]{16})\\b.*(\\r?\\n|$)");

    private EntryFile() {
    }

    static String time(OffsetDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }

    /**
     * The file's text.
     *
     * @param ids Herald's component id for each source component id
     * @param importedAt the time written in {@code imported.at}
     */
    static String render(SourceData.Entry e, Map<String, String> ids, OffsetDateTime importedAt) {
        List<String> lines = new ArrayList<>();
        lines.add("---");
        lines.add("title: " + YamlText.scalar(e.title()));
        if (e.kind() == Kind.INCIDENT) {
            lines.add("severity: " + e.severity());
        }
        lines.add("components: [" + String.join(", ", e.components().stream().map(ids::get).distinct().toList()) + "]");
        if (e.kind() == Kind.INCIDENT) {
            lines.add("triggered: " + time(triggered(e)));
        } else {
            lines.add("scheduled: {start: " + time(e.start()) + ", end: " + time(e.end()) + "}");
        }
        if (e.cause() != null) {
            lines.add("cause: " + YamlText.scalar(e.cause()));
        }
        lines.add("imported:");
        lines.add("  from: " + YamlText.scalar(e.from()));
        lines.add("  id: " + YamlText.scalar(e.sourceId()));
        if (e.url() != null && !e.url().isBlank()) {
            lines.add("  url: " + YamlText.scalar(e.url().strip()));
        }
        lines.add("  at: " + time(importedAt));
        int hashAt = lines.size();
        lines.add("updates:");
        for (SourceData.Update u : e.updates()) {
            lines.add("  - at: " + time(u.at()));
            lines.add("    status: " + u.status());
            if (!u.states().isEmpty()) {
                List<String> states = new ArrayList<>();
                u.states().forEach((c, s) -> states.add(ids.get(c) + ": " + s));
                lines.add("    state: {" + String.join(", ", states.stream().distinct().toList()) + "}");
            }
            if (u.sourceId() != null) {
                lines.add("    imported: {id: " + YamlText.scalar(u.sourceId()) + "}");
            }
            lines.add(YamlText.block("body", u.body(), "    ").stripTrailing());
        }
        lines.add("---");
        String summary = e.summary() == null ? "" : e.summary().strip() + "\n";
        String unhashed = String.join("\n", lines) + "\n" + summary;
        lines.add(hashAt, "  " + MARK + hash(unhashed) + " (as imported; once you edit this file, imports leave it alone)");
        return String.join("\n", lines) + "\n" + summary;
    }

    /**
     * When the incident started: Statuspage's started_at, or the first update when that is earlier
     * (a few real incidents were posted before the time their start was later set to).
     */
    static OffsetDateTime triggered(SourceData.Entry e) {
        OffsetDateTime first = e.updates().get(0).at();
        return first.isBefore(e.start()) ? first : e.start();
    }

    /** True when the text is as an import wrote it: its hash comment is there and matches the rest. */
    static boolean untouched(String text) {
        Matcher m = HASH_LINE.matcher(text);
        if (!m.find()) {
            return false;
        }
        String rest = text.substring(0, m.start()) + text.substring(m.end());
        return m.group(1).equals(hash(rest));
    }

    private static String hash(String text) {
        return Slugs.sha256(text, 8);
    }
}
