package herald.announce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Discord webhook messages: {@code content} and one rich embed, within Discord's limits (a
 * message over them is a 400), and {@code allowed_mentions} empty so that text copied from an
 * incident can never ping anyone, {@code @everyone} included. The footer carries the id.
 */
final class DiscordPayloads {
    private static final int CONTENT = 2000;
    private static final int TITLE = 256;
    private static final int DESCRIPTION = 4096;
    private static final int FIELD_VALUE = 1024;
    private static final int FOOTER = 2048;
    private static final int EMBED_TOTAL = 6000;

    private record Field(String name, String value, boolean inline) {
        Field {
            value = Text.cut(value, FIELD_VALUE);
        }
    }

    private DiscordPayloads() {
    }

    static String update(Announcement a, Manifest.Page page) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("Status", a.statusLabel(), true));
        fields.add(new Field("State", a.effect().label(), true));
        if (!a.componentNames().isEmpty()) {
            fields.add(new Field("Components", a.componentNames(), false));
        }
        return message("**" + a.statusLabel() + "**: " + a.title() + " (" + Text.lower(a.effect().label()) + ")",
                a.title(), a.url(), a.body().markdown(), a.effect(), fields, page.name() + " · update " + a.updateId(), a.at());
    }

    static String internal(Announcement a, InternalDraft d, Manifest.Page page) {
        String tag = "INTERNAL · " + d.audience().label();
        return message("**" + tag + "**: " + a.title() + " (" + a.statusLabel() + ")", tag + ": " + a.title(), a.url(),
                d.text(), a.effect(), List.of(new Field("Status", a.statusLabel(), true)),
                page.name() + " · internal · update " + a.updateId(), a.at());
    }

    static String states(StateNews news) {
        StringBuilder lines = new StringBuilder();
        for (StateChange c : news.changes()) {
            lines.append(lines.length() == 0 ? "" : "\n").append("**").append(c.shownName()).append("**: ").append(Text.move(c.before(), c.after()));
        }
        Manifest.Page page = news.page();
        return message(news.headline(), page.name() + ": " + page.state().label(), page.url(), lines.toString(), page.state(),
                List.of(), page.name() + " · state change " + news.key(), news.at());
    }

    private static String message(String content, String title, String url, String description, State state, List<Field> fields,
                                  String footer, Instant at) {
        ObjectNode root = Json.object().put("content", Text.cut(content, CONTENT));
        root.putObject("allowed_mentions").putArray("parse");
        String t = Text.cut(title, TITLE);
        String f = Text.cut(footer, FOOTER);
        int used = t.length() + f.length() + fields.stream().mapToInt(x -> x.name().length() + x.value().length()).sum();
        ObjectNode embed = root.putArray("embeds").addObject();
        embed.put("title", t);
        embed.put("url", url);
        // the description gives way when the embed would pass Discord's 6000-character total
        embed.put("description", Text.cut(description, Math.min(DESCRIPTION, EMBED_TOTAL - used)));
        embed.put("color", state.color());
        if (!fields.isEmpty()) {
            ArrayNode list = embed.putArray("fields");
            fields.forEach(x -> list.addObject().put("name", x.name()).put("value", x.value()).put("inline", x.inline()));
        }
        embed.putObject("footer").put("text", f);
        Json.time(embed, "timestamp", at);
        return Json.compact(root);
    }
}
