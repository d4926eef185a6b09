package herald.importer;

import herald.yaml.YNode;
import herald.yaml.YNode.YMap;
import herald.yaml.YamlProblem;
import herald.yaml.YamlReader;
import herald.yaml.YamlText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The components of an import in site.yaml: a component already there (same id, or same name) is
 * used as it is; the others are appended after the last item of {@code components:}, in the old
 * page's order, in the item style the file already uses. Nothing else of the file changes, byte
 * for byte (comments, order, quoting, line ends); a missing site.yaml is created from the old page.
 *
 * @param ids Herald's component id for every source component id
 * @param text the new text of site.yaml, or null when it does not change
 * @param added the ids appended
 */
record SiteYamlEdit(Map<String, String> ids, String text, List<String> added) {

    static SiteYamlEdit plan(String existing, SourceData.Batch batch, String sourceName) throws ImportFailure {
        Map<String, String> byId = new LinkedHashMap<>();
        Map<String, String> byName = new LinkedHashMap<>();
        if (existing != null) {
            known(existing, byId, byName);
        }
        Map<String, String> ids = new LinkedHashMap<>();
        List<String> added = new ArrayList<>();
        StringBuilder items = new StringBuilder();
        List<SourceData.Component> ordered = new ArrayList<>(batch.components());
        ordered.sort(Comparator.comparingInt(SourceData.Component::position));
        for (SourceData.Component c : ordered) {
            String slug = Slugs.of(c.name(), "component");
            String found = byName.get(c.name().strip().toLowerCase(Locale.ROOT));
            if (found == null && byId.containsKey(slug)) {
                found = slug;
            }
            if (found != null) {
                ids.put(c.sourceId(), found);
                continue;
            }
            String id = slug;
            if (byId.containsKey(id) && c.group() != null) {
                id = Slugs.of(c.group() + " " + c.name(), "component");
            }
            for (int n = 2; byId.containsKey(id); n++) {
                id = slug + "-" + n;
            }
            byId.put(id, c.name());
            byName.put(c.name().strip().toLowerCase(Locale.ROOT), id);
            ids.put(c.sourceId(), id);
            added.add(id);
            items.append("- id: ").append(id).append('\n');
            items.append("  name: ").append(YamlText.scalar(c.name().strip())).append('\n');
            if (c.group() != null && !c.group().isBlank()) {
                items.append("  group: ").append(YamlText.scalar(c.group().strip())).append('\n');
            }
            if (c.description() != null && !c.description().isBlank()) {
                items.append("  description: ").append(YamlText.scalar(c.description().strip())).append('\n');
            }
        }
        if (existing == null) {
            return new SiteYamlEdit(ids, created(batch.page(), sourceName, items.toString()), added);
        }
        return new SiteYamlEdit(ids, added.isEmpty() ? null : appended(existing, items.toString()), added);
    }

    private static void known(String text, Map<String, String> byId, Map<String, String> byName) throws ImportFailure {
        YNode root;
        try {
            root = YamlReader.read(text.startsWith("\uFEFF") ? text.substring(1) : text, 0).root();
        } catch (YamlProblem e) {
            throw new ImportFailure("site.yaml is not valid YAML (" + e.getMessage() + "); run herald lint and fix it first");
        }
        if (!(root instanceof YMap map)) {
            throw new ImportFailure("site.yaml is not a mapping of keys; run herald lint and fix it first");
        }
        for (YMap m : YamlLookup.maps(map, "components")) {
            String id = YamlLookup.scalar(m, "id");
            String name = YamlLookup.scalar(m, "name");
            if (id != null) {
                byId.put(id, name);
                if (name != null) {
                    byName.putIfAbsent(name.toLowerCase(Locale.ROOT), id);
                }
            }
        }
    }

    private static String created(SourceData.Page page, String sourceName, String items) throws ImportFailure {
        if (page == null || page.url() == null) {
            throw new ImportFailure("there is no site.yaml yet and no source names the old page (its title and address): run herald init"
                    + " first, or add the page's summary.json to the sources");
        }
        if (items.isEmpty()) {
            throw new ImportFailure("there is no site.yaml yet and the sources name no component (a site needs one): run herald init"
                    + " first, or add the page's summary.json or components.json to the sources");
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# Made by herald import from ").append(sourceName).append(" (").append(page.url()).append(");")
                .append(" check the title and baseUrl, then add the policy you want (see the README).\n");
        sb.append("title: ").append(YamlText.scalar(page.name().strip())).append('\n');
        String base = page.url().strip().replaceFirst("^http://", "https://");
        sb.append("baseUrl: ").append(YamlText.scalar(base.endsWith("/") ? base : base + "/")).append('\n');
        if (page.timezone() != null && !page.timezone().isBlank()) {
            sb.append("timezone: ").append(YamlText.scalar(page.timezone())).append('\n');
        }
        sb.append("components:\n");
        sb.append(items.replaceAll("(?m)^(?=.)", "  "));
        return sb.toString();
    }

    /** The text with the new items after the last line of the components: block (or a new block at the end). */
    private static String appended(String text, String items) throws ImportFailure {
        String bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
        String body = bom.isEmpty() ? text : text.substring(1);
        String newline = body.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(Arrays.asList(body.split("\r?\n", -1)));
        boolean endsWithNewline = !lines.isEmpty() && lines.get(lines.size() - 1).isEmpty();
        if (endsWithNewline) {
            lines.remove(lines.size() - 1);
        }
        int key = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("components:")) {
                key = i;
            }
        }
        List<String> add = new ArrayList<>(Arrays.asList(items.split("\n")));
        if (key < 0) {
            lines.add("components:");
            add.forEach(l -> lines.add("  " + l));
        } else {
            String rest = lines.get(key).substring("components:".length()).strip();
            if (!rest.isEmpty() && !rest.startsWith("#")) {
                throw new ImportFailure("site.yaml writes components: on one line (flow style); write it as a list of '- id: …' items"
                        + " so that import can append to it");
            }
            int last = key;
            String dash = null;
            for (int i = key + 1; i < lines.size(); i++) {
                String line = lines.get(i);
                String t = line.stripLeading();
                boolean top = !line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("- ") && !line.startsWith("#");
                if (top) {
                    break;
                }
                if (!t.isEmpty() && !t.startsWith("#")) {
                    last = i;
                    if (dash == null && t.startsWith("- ")) {
                        int keyAt = line.length() - t.length() + 1;
                        while (keyAt < line.length() && line.charAt(keyAt) == ' ') {
                            keyAt++;
                        }
                        dash = line.substring(0, keyAt); // "  - " or "    -   ": the items' own style
                    }
                }
            }
            String first = dash == null ? "  - " : dash;
            String keys = " ".repeat(first.length());
            List<String> block = add.stream().map(l -> l.startsWith("- ") ? first + l.substring(2) : keys + l.substring(2)).toList();
            lines.addAll(last + 1, block);
        }
        return bom + String.join(newline, lines) + newline;
    }
}
