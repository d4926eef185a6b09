package herald.author;

import herald.yaml.YamlText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text of an incident or maintenance file, edited by inserting lines: a new update after the
 * last one, a new top-level key before {@code updates:}. Nothing else changes, byte for byte
 * (comments, key order, quoting, line endings, a byte order mark), so a pull request shows only
 * the added lines.
 */
final class EntryText {
    private final String bom;
    private final String newline;
    private final List<String> lines;
    private final int closingFence;

    /** The edit cannot be done by appending: the message says why and what to do instead. */
    static final class NotAppendable extends Exception {
        private static final long serialVersionUID = 1L;

        NotAppendable(String message) {
            super(message, null, false, false);
        }
    }

    private EntryText(String bom, String newline, List<String> lines, int closingFence) {
        this.bom = bom;
        this.newline = newline;
        this.lines = lines;
        this.closingFence = closingFence;
    }

    static EntryText parse(String text) throws NotAppendable {
        String bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
        String body = bom.isEmpty() ? text : text.substring(1);
        String newline = body.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(Arrays.asList(body.split("\r?\n", -1)));
        if (lines.isEmpty() || !lines.get(0).stripTrailing().equals("---")) {
            throw new NotAppendable("the file does not start with '---'; fix its front matter first (herald lint shows where)");
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).stripTrailing().equals("---")) {
                return new EntryText(bom, newline, lines, i);
            }
        }
        throw new NotAppendable("the front matter has no closing '---'; fix it first (herald lint shows where)");
    }

    String text() {
        return bom + String.join(newline, lines);
    }

    private static boolean isTopLevelKey(String line, String key) {
        return line.startsWith(key + ":") && (line.length() == key.length() + 1 || line.charAt(key.length() + 1) == ' ');
    }

    /** Index of the top-level "key:" line in the front matter, or -1. */
    int topLevel(String key) {
        for (int i = 1; i < closingFence; i++) {
            if (isTopLevelKey(lines.get(i), key)) {
                return i;
            }
        }
        return -1;
    }

    /** The value written after "key:" on its line ("" for a block). */
    String topLevelValue(String key) {
        int i = topLevel(key);
        return i < 0 ? null : lines.get(i).substring(key.length() + 1).strip();
    }

    /** Adds "key: value" just before "updates:". */
    EntryText withTopLevel(String key, String scalarValue) throws NotAppendable {
        if (topLevel(key) >= 0) {
            throw new NotAppendable("the file already has " + key + ": (line " + (topLevel(key) + 1) + "); change it by hand if it must change");
        }
        int updates = topLevel("updates");
        int at = updates >= 0 ? updates : closingFence;
        List<String> copy = new ArrayList<>(lines);
        copy.add(at, key + ": " + scalarValue);
        return new EntryText(bom, newline, copy, closingFence + 1);
    }

    /**
     * Sets "key: value": replaces the key's line when it is written on one line, adds it before
     * "updates:" when it is missing.
     */
    EntryText withTopLevelSet(String key, String scalarValue) throws NotAppendable {
        int i = topLevel(key);
        if (i < 0) {
            return withTopLevel(key, scalarValue);
        }
        String next = lines.get(i + 1);
        if (topLevelValue(key).isEmpty() || topLevelValue(key).startsWith("|") || topLevelValue(key).startsWith(">")
                || !next.isEmpty() && Character.isWhitespace(next.charAt(0))) {
            throw new NotAppendable(key + ": spans several lines (line " + (i + 1) + "); write it on one line to change it from the command line");
        }
        List<String> copy = new ArrayList<>(lines);
        copy.set(i, key + ": " + scalarValue);
        return new EntryText(bom, newline, copy, closingFence);
    }

    /**
     * Sets internal.roles to {@code rolesFlow} ("{incidentLead: Dana}"): replaces a roles entry
     * of internal: (its whole subtree), adds one as internal:'s first key, or adds internal:
     * itself at the end of the front matter. The rest of internal: stays byte for byte.
     */
    EntryText withInternalRoles(String rolesFlow) throws NotAppendable {
        int internal = topLevel("internal");
        List<String> copy = new ArrayList<>(lines);
        if (internal < 0) {
            copy.add(closingFence, "internal:");
            copy.add(closingFence + 1, "  roles: " + rolesFlow);
            return new EntryText(bom, newline, copy, closingFence + 2);
        }
        String inline = topLevelValue("internal");
        if (!inline.isEmpty() && !inline.startsWith("#")) {
            throw new NotAppendable("internal: is written on one line (line " + (internal + 1) + "); write it as a block of keys to set its roles");
        }
        String indent = null;
        int roles = -1;
        int rolesEnd = -1;
        int end = internal + 1;
        for (; end < closingFence; end++) {
            String line = lines.get(end);
            String t = line.stripLeading();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (line.length() == t.length()) {
                break;
            }
            int depth = line.length() - t.length();
            if (indent == null) {
                indent = " ".repeat(depth);
            }
            if (depth == indent.length()) {
                if (roles >= 0 && rolesEnd < 0) {
                    rolesEnd = end;
                }
                if (t.startsWith("roles:")) {
                    roles = end;
                }
            }
        }
        indent = indent == null ? "  " : indent;
        if (roles < 0) {
            copy.add(internal + 1, indent + "roles: " + rolesFlow);
            return new EntryText(bom, newline, copy, closingFence + 1);
        }
        rolesEnd = rolesEnd < 0 ? end : rolesEnd;
        while (rolesEnd > roles + 1 && lines.get(rolesEnd - 1).isBlank()) {
            rolesEnd--;
        }
        copy.subList(roles, rolesEnd).clear();
        copy.add(roles, indent + "roles: " + rolesFlow);
        return new EntryText(bom, newline, copy, closingFence - (rolesEnd - roles) + 1);
    }

    /** The indentation of "- " and of the keys of update items, as the file already writes them. */
    private String[] itemStyle(int updates) {
        for (int i = updates + 1; i < closingFence; i++) {
            String line = lines.get(i);
            String t = line.stripLeading();
            if (t.startsWith("- ")) {
                int dash = line.length() - t.length();
                int key = dash + 2;
                while (key < line.length() && line.charAt(key) == ' ') {
                    key++;
                }
                return new String[] {" ".repeat(dash), " ".repeat(key)};
            }
            if (!t.isEmpty() && !t.startsWith("#")) {
                break;
            }
        }
        return new String[] {"  ", "    "};
    }

    /**
     * Appends one update after the last item of "updates:".
     *
     * @param fields ordered key/value pairs of the update, values already rendered ("body" gets a block)
     */
    EntryText withUpdate(List<String[]> fields) throws NotAppendable {
        int updates = topLevel("updates");
        if (updates < 0) {
            throw new NotAppendable("the file has no updates: list; add one by hand first");
        }
        if (!lines.get(updates).substring("updates:".length()).strip().isEmpty()
                && !lines.get(updates).substring("updates:".length()).strip().startsWith("#")) {
            throw new NotAppendable("updates: is written on one line (flow style); write it as a list of '- at: …' items to append to it");
        }
        String[] style = itemStyle(updates);
        // the block ends before the next top-level key or the closing fence
        int end = updates + 1;
        int lastContent = updates;
        for (; end < closingFence; end++) {
            String line = lines.get(end);
            boolean blank = line.isBlank();
            boolean topLevel = !blank && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("- ") && !line.startsWith("#");
            if (topLevel) {
                break;
            }
            if (!blank && !line.stripLeading().startsWith("#")) {
                lastContent = end;
            }
        }
        List<String> item = new ArrayList<>();
        boolean first = true;
        for (String[] kv : fields) {
            String indent = first ? style[0] + "- " : style[1];
            if (kv[0].equals("body")) {
                for (String l : YamlText.block("body", kv[1], style[1]).split("\n", -1)) {
                    item.add(l);
                }
                if (!item.isEmpty() && item.get(item.size() - 1).isEmpty()) {
                    item.remove(item.size() - 1);
                }
                if (first) {
                    throw new IllegalStateException("an update starts with at:");
                }
            } else {
                item.add(indent + kv[0] + ": " + kv[1]);
            }
            first = false;
        }
        List<String> copy = new ArrayList<>(lines);
        copy.addAll(lastContent + 1, item);
        return new EntryText(bom, newline, copy, closingFence + item.size());
    }
}
