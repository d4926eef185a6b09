package herald.announce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Microsoft Teams Workflows webhook messages: the {@code message} envelope the Workflows template
 * loops over, with one Adaptive Card 1.4 (Workflows take no other card format). The first block's
 * {@code id} carries the idempotency key. Bodies are cut well under the ~28 KB message limit.
 */
final class TeamsPayloads {
    private static final int BODY = 4000;

    private TeamsPayloads() {
    }

    static String update(Announcement a) {
        ObjectNode card = card("herald-" + a.updateId(), a.title());
        ArrayNode facts = body(card).addObject().put("type", "FactSet").putArray("facts");
        fact(facts, "Status", a.statusLabel());
        fact(facts, "State", a.effect().label());
        if (!a.componentNames().isEmpty()) {
            fact(facts, "Components", a.componentNames());
        }
        fact(facts, "Time", a.timeDisplay());
        text(card, Text.cut(a.body().markdown(), BODY));
        link(card, "View on the status page", a.url());
        return Json.compact(envelope(card));
    }

    static String internal(Announcement a, InternalDraft d) {
        ObjectNode card = card("herald-" + a.updateId(), "INTERNAL · " + d.audience().label() + ": " + a.title());
        ArrayNode facts = body(card).addObject().put("type", "FactSet").putArray("facts");
        fact(facts, "Status", a.statusLabel());
        fact(facts, "Time", a.timeDisplay());
        text(card, Text.cut(d.text(), BODY));
        link(card, "Public status page", a.url());
        return Json.compact(envelope(card));
    }

    static String states(StateNews news) {
        ObjectNode card = card("herald-" + news.key(), news.page().name() + ": " + news.page().state().label());
        ArrayNode facts = body(card).addObject().put("type", "FactSet").putArray("facts");
        for (StateChange c : news.changes()) {
            fact(facts, c.shownName(), Text.move(c.before(), c.after()));
        }
        fact(facts, "Time", news.timeDisplay());
        link(card, "View the status page", news.page().url());
        return Json.compact(envelope(card));
    }

    private static ObjectNode card(String id, String title) {
        ObjectNode card = Json.object();
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        card.putObject("msteams").put("width", "Full");
        card.putArray("body").addObject().put("type", "TextBlock").put("id", id).put("text", Text.cut(title, 500))
                .put("size", "Large").put("weight", "Bolder").put("wrap", true);
        return card;
    }

    private static void fact(ArrayNode facts, String title, String value) {
        facts.addObject().put("title", title).put("value", value);
    }

    private static void text(ObjectNode card, String text) {
        body(card).addObject().put("type", "TextBlock").put("text", text).put("wrap", true);
    }

    private static void link(ObjectNode card, String title, String url) {
        card.putArray("actions").addObject().put("type", "Action.OpenUrl").put("title", title).put("url", url);
    }

    private static ArrayNode body(ObjectNode card) {
        return (ArrayNode) card.get("body");
    }

    private static ObjectNode envelope(ObjectNode card) {
        ObjectNode root = Json.object().put("type", "message");
        ObjectNode attachment = root.putArray("attachments").addObject();
        attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.putNull("contentUrl");
        attachment.set("content", card);
        return root;
    }
}
