package herald.announce;

import java.util.Locale;

/** Cutting text to a receiver's limit, and Slack's mrkdwn escaping. */
final class Text {
    private static final String ELLIPSIS = "…";

    private Text() {
    }

    /** At most {@code max} UTF-16 units (how Slack and Discord count), ending in an ellipsis when cut, never splitting a pair. */
    static String cut(String s, int max) {
        String t = s.strip();
        if (t.length() <= max) {
            return t;
        }
        int end = max - ELLIPSIS.length();
        if (Character.isLowSurrogate(t.charAt(end))) {
            end--;
        }
        return t.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** Like {@link #cut} for text already escaped for Slack: never leaves half an entity ({@code &am…}). */
    static String cutEscaped(String s, int max) {
        String t = cut(s, max);
        if (!t.endsWith(ELLIPSIS)) {
            return t;
        }
        String head = t.substring(0, t.length() - ELLIPSIS.length());
        int amp = head.lastIndexOf('&');
        if (amp >= 0 && head.indexOf(';', amp) < 0) {
            head = head.substring(0, amp);
        }
        return head + ELLIPSIS;
    }

    /** Slack's three control characters, {@code &} first (api.slack.com, "Escaping text"). */
    static String slack(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A Slack link {@code <url|label>}: the URL cannot hold the characters that would end it early. */
    static String slackLink(String url, String label) {
        String safe = url.replace("|", "%7C").replace("<", "%3C").replace(">", "%3E");
        return "<" + safe + "|" + slack(label) + ">";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** "Operational → Degraded performance". */
    static String move(State before, State after) {
        return before.label() + " → " + after.label();
    }
}
