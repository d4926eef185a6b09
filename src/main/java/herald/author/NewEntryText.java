package herald.author;

import herald.model.UpdateStatus;
import herald.yaml.YamlText;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The front matter of a new incident or maintenance file, written in the content format's order:
 * the entry's own keys, then the first update (at, status, owner, scope, effect, the rest) and its
 * body. One writer, so both kinds of file quote and indent alike.
 */
final class NewEntryText {
    private final StringBuilder sb = new StringBuilder("---\n");

    NewEntryText(String title) {
        key("title", YamlText.scalar(title.strip()));
    }

    NewEntryText components(List<String> ids) {
        return key("components", "[" + String.join(", ", ids) + "]");
    }

    /** A top-level key with a value already in YAML form. */
    NewEntryText key(String name, String yaml) {
        sb.append(name).append(": ").append(yaml).append('\n');
        return this;
    }

    /** Opens the update list with the first update's required keys. */
    NewEntryText firstUpdate(OffsetDateTime at, UpdateStatus status, String owner, String scope, String effect) {
        sb.append("updates:\n");
        sb.append("  - at: ").append(Author.time(at)).append('\n');
        sb.append("    status: ").append(status.id()).append('\n');
        return updateKey("owner", YamlText.scalar(owner)).updateKey("scope", YamlText.scalar(scope))
                .updateKey("effect", YamlText.scalar(effect));
    }

    /** A key of the first update, value in YAML form. */
    NewEntryText updateKey(String name, String yaml) {
        sb.append("    ").append(name).append(": ").append(yaml).append('\n');
        return this;
    }

    NewEntryText body(String text) {
        sb.append(YamlText.block("body", text, "    "));
        return this;
    }

    /** Lines after the updates (e.g. the internal: block), as given. */
    NewEntryText raw(String lines) {
        sb.append(lines);
        return this;
    }

    String close() {
        return sb.append("---\n").toString();
    }
}
