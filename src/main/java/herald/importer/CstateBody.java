package herald.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The updates in a cState issue's Markdown body: blocks that start with an italic status line
 * ({@code *Investigating* - text}, also {@code **Automated system alert* - …} with its emphasis
 * unbalanced, and the status alone on its line) or are set apart by {@code ---} rules, each timed by
 * the {@code {{< track "…" >}}} shortcode it holds, if any.
 */
final class CstateBody {
    private static final Pattern STATUS = Pattern.compile("^\\*{1,2}([^*\\n]{1,40}?)\\*{1,2}[ \\t]*(?:-[ \\t]*|$)", Pattern.MULTILINE);
    private static final Pattern TRACK = Pattern.compile("\\{\\{[<%]\\s*track\\s+\"([^\"]*)\"\\s*[>%]\\}\\}");
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{[<%].*?[>%]\\}\\}");
    private static final Map<String, String> STATUSES = Map.ofEntries(Map.entry("investigating", "investigating"),
            Map.entry("identified", "identified"), Map.entry("monitoring", "monitoring"), Map.entry("resolved", "resolved"),
            Map.entry("fixed", "resolved"), Map.entry("completed", "resolved"), Map.entry("post-mortem", "postmortem"),
            Map.entry("postmortem", "postmortem"), Map.entry("post mortem", "postmortem"));

    /**
     * One block as written.
     *
     * @param label the status words as written ("Update"), or null when the block has none
     * @param status Herald's status for the label, or null when it names none Herald has ("Update", "Automated system alert")
     * @param track the time of its last track shortcode, as written, or null
     * @param text the block's Markdown without the status label and the shortcodes
     * @param line the file line where it starts
     */
    record Block(String label, String status, String track, String text, int line) {
    }

    private CstateBody() {
    }

    /** The body's blocks in file order; shortcodes other than track are dropped (counted in {@code dropped}). */
    static List<Block> blocks(String body, int firstLine, List<String> dropped) {
        List<Block> out = new ArrayList<>();
        String[] lines = body.split("\r?\n", -1);
        List<String> current = new ArrayList<>();
        int start = firstLine;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean rule = line.strip().matches("-{3,}|\\*{3,}|_{3,}");
            boolean status = STATUS.matcher(line).lookingAt() && !line.strip().matches("\\*{3,}");
            if (rule || status) {
                add(out, current, start, dropped);
                current = new ArrayList<>();
                start = firstLine + i;
                if (rule) {
                    start++;
                    continue;
                }
            }
            current.add(line);
        }
        add(out, current, start, dropped);
        return out;
    }

    private static void add(List<Block> out, List<String> lines, int line, List<String> dropped) {
        String text = String.join("\n", lines).strip();
        if (text.isEmpty()) {
            return;
        }
        String label = null;
        Matcher s = STATUS.matcher(text);
        if (s.lookingAt()) {
            label = s.group(1).strip();
            text = text.substring(s.end()).strip();
        }
        String track = null;
        Matcher t = TRACK.matcher(text);
        while (t.find()) {
            track = t.group(1).strip();
        }
        text = TRACK.matcher(text).replaceAll("");
        Matcher other = SHORTCODE.matcher(text);
        while (other.find()) {
            dropped.add(other.group());
        }
        text = SHORTCODE.matcher(text).replaceAll("").replaceAll("[ \\t]+(?=\\n|$)", "").strip();
        if (label != null && text.endsWith("*") && !text.endsWith("**") && count(text, '*') % 2 == 1) {
            text = text.substring(0, text.length() - 1).stripTrailing(); // the closing half of "**Label* - text*"
        }
        String status = label == null ? null : STATUSES.get(label.toLowerCase(Locale.ROOT));
        out.add(new Block(label, status, track, text, line));
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
