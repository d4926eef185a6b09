package herald.announce;

import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * The email of one update: a subject, a plain-text part and an HTML part saying the same. The
 * update's HTML comes sanitized from the caller; everything else is escaped here by jsoup.
 */
final class EmailContent {
    private EmailContent() {
    }

    static Outgoing.Mail update(Announcement a, Manifest.Page page, List<String> unsubscribe, String summary) {
        String facts = a.statusLabel() + " · " + a.effect().label() + (a.componentNames().isEmpty() ? "" : " · " + a.componentNames());
        String way = unsubscribe.isEmpty() ? "" : "\n\nYou receive this because you subscribed to " + page.name()
                + " updates. Unsubscribe: " + unsubscribe.get(0) + "\n";
        String text = a.title() + "\n" + facts + "\n" + a.timeDisplay() + "\n\n" + a.body().text().strip()
                + "\n\nView on the status page: " + a.url() + way;
        String html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + esc(a.title()) + "</title></head><body>\n"
                + "<h1>" + esc(a.title()) + "</h1>\n"
                + "<p><strong>" + esc(a.statusLabel()) + "</strong> · " + esc(a.effect().label())
                + (a.componentNames().isEmpty() ? "" : " · " + esc(a.componentNames())) + "<br>" + esc(a.timeDisplay()) + "</p>\n"
                + "<div>" + a.body().html() + "</div>\n"
                + "<p><a href=\"" + esc(a.url()) + "\">View on the status page</a></p>\n"
                + (unsubscribe.isEmpty() ? "" : "<p><small>You receive this because you subscribed to " + esc(page.name())
                        + " updates. <a href=\"" + esc(unsubscribe.get(0)) + "\">Unsubscribe</a></small></p>\n")
                + "</body></html>\n";
        return new Outgoing.Mail(a.updateId(), summary, "[" + page.name() + "] " + a.statusLabel() + ": " + a.title(), text, html);
    }

    static Outgoing.Mail internal(Announcement a, InternalDraft d, String summary) {
        String tag = "INTERNAL · " + d.audience().label();
        String text = tag + " (do not forward outside the company)\n\n" + d.text().strip() + "\n\nPublic status page: " + a.url() + "\n";
        String html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + esc(a.title()) + "</title></head><body>\n"
                + "<p><strong>" + esc(tag) + "</strong> (do not forward outside the company)</p>\n"
                + "<pre>" + esc(d.text().strip()) + "</pre>\n"
                + "<p><a href=\"" + esc(a.url()) + "\">Public status page</a></p>\n</body></html>\n";
        return new Outgoing.Mail(a.updateId(), summary, "[" + tag + "] " + a.statusLabel() + ": " + a.title(), text, html);
    }

    private static String esc(String s) {
        return Entities.escape(s);
    }
}
