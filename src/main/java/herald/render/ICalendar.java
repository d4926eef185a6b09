package herald.render;

import herald.derive.SiteView;
import herald.model.TextChars;
import herald.model.TimeFormats;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An RFC 5545 calendar writer: CRLF line ends, TEXT escaping, and lines folded at 75 octets
 * without splitting a UTF-8 character. Small enough to own; the tests read the output back with
 * ical4j, a real parser.
 */
public final class ICalendar {
    private static final DateTimeFormatter UTC = TimeFormats.ICALENDAR;

    private ICalendar() {
    }

    public static String write(String calendarName, List<SiteView.CalendarEvent> events) {
        StringBuilder sb = new StringBuilder();
        line(sb, "BEGIN:VCALENDAR");
        line(sb, "VERSION:2.0");
        line(sb, "PRODID:-//Herald//Status calendar//EN");
        line(sb, "CALSCALE:GREGORIAN");
        line(sb, "METHOD:PUBLISH");
        line(sb, "X-WR-CALNAME:" + text(calendarName));
        for (SiteView.CalendarEvent e : events) {
            line(sb, "BEGIN:VEVENT");
            line(sb, "UID:" + text(e.uid()));
            line(sb, "DTSTAMP:" + UTC.format(e.stamp()));
            line(sb, "DTSTART:" + UTC.format(e.start()));
            line(sb, "DTEND:" + UTC.format(e.end()));
            line(sb, "LAST-MODIFIED:" + UTC.format(e.lastModified()));
            line(sb, "SEQUENCE:" + e.sequence());
            line(sb, "SUMMARY:" + text(e.summary()));
            line(sb, "DESCRIPTION:" + text(e.description()));
            line(sb, "URL:" + e.url());
            line(sb, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(sb, "TRANSP:OPAQUE");
            line(sb, "END:VEVENT");
        }
        line(sb, "END:VCALENDAR");
        return TextChars.replaceForbidden(sb.toString(), true); // CRLF line ends stay; no other control character
    }

    /** TEXT value escaping (RFC 5545 3.3.11). */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\\n");
    }

    /** Appends one content line, folded at 75 octets (3.1), with CRLF. */
    static void line(StringBuilder sb, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                sb.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            sb.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        sb.append("\r\n");
    }
}
