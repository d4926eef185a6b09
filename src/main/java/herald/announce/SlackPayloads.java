package herald.announce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Slack incoming-webhook messages in Block Kit: a fallback {@code text} (notifications show it), a
 * header, a section, a context line with the link, and the id in {@code metadata}. Every mrkdwn
 * string is escaped, then cut to Slack's limits (a longer one is a 400).
 */
final class SlackPayloads {
    private static final int HEADER = 150;
    private static final int SECTION = 3000;

    private SlackPayloads() {
    }

    static String update(Announcement a) {
        String state = a.effect().label();
        String line = "*" + Text.slack(a.statusLabel()) + "* · " + Text.slack(state)
                + (a.componentNames().isEmpty() ? "" : " · " + Text.slack(a.componentNames()));
        ObjectNode root = message("[" + a.statusLabel() + "] " + a.title() + ": " + Text.lower(state) + ". " + a.url(),
                a.title(), line + "\n" + Text.slack(a.body().text()),
                Text.slack(a.timeDisplay()) + " · " + Text.slackLink(a.url(), "View on the status page"));
        metadata(root, "herald_update", "update_id", a.updateId()).put("entry", a.entryId()).put("status", a.status());
        return Json.compact(root);
    }

    static String internal(Announcement a, InternalDraft d) {
        String tag = "INTERNAL · " + d.audience().label();
        ObjectNode root = message("[" + tag + "] " + a.title() + ": " + a.statusLabel() + ". " + a.url(),
                tag + ": " + a.title(), Text.slack(d.text()),
                Text.slack(a.timeDisplay()) + " · " + Text.slackLink(a.url(), "Public status page") + " · internal: do not forward");
        metadata(root, "herald_internal_update", "update_id", a.updateId()).put("entry", a.entryId()).put("audience", d.audience().id());
        return Json.compact(root);
    }

    static String states(StateNews news) {
        StringBuilder lines = new StringBuilder();
        for (StateChange c : news.changes()) {
            lines.append(lines.length() == 0 ? "" : "\n").append('*').append(Text.slack(c.shownName())).append("*: ")
                    .append(Text.slack(Text.move(c.before(), c.after())));
        }
        ObjectNode root = message(news.headline() + ". " + news.page().url(),
                news.page().name() + ": " + news.page().state().label(), lines.toString(),
                Text.slack(news.timeDisplay()) + " · " + Text.slackLink(news.page().url(), "View the status page"));
        metadata(root, "herald_state", "change_id", news.key());
        return Json.compact(root);
    }

    private static ObjectNode message(String fallback, String header, String sectionMrkdwn, String contextMrkdwn) {
        ObjectNode root = Json.object();
        root.put("text", Text.cutEscaped(Text.slack(fallback), SECTION));
        ArrayNode blocks = root.putArray("blocks");
        ObjectNode h = blocks.addObject().put("type", "header");
        h.putObject("text").put("type", "plain_text").put("text", Text.cut(header, HEADER)).put("emoji", false);
        blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn").put("text", Text.cutEscaped(sectionMrkdwn, SECTION));
        ObjectNode context = blocks.addObject().put("type", "context");
        context.putArray("elements").addObject().put("type", "mrkdwn").put("text", Text.cutEscaped(contextMrkdwn, SECTION));
        return root;
    }

    /** The event's payload object, holding the idempotency key; callers add to it. */
    private static ObjectNode metadata(ObjectNode root, String eventType, String keyName, String key) {
        ObjectNode m = root.putObject("metadata").put("event_type", eventType);
        return m.putObject("event_payload").put(keyName, key);
    }
}
