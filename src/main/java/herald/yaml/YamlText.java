package herald.yaml;

import java.util.Locale;
import java.util.Set;

/** Writes YAML values by hand so that an edit adds a few readable lines and touches nothing else. */
public final class YamlText {
    private static final Set<String> RESERVED = Set.of("~", "null", "true", "false", "yes", "no", "on", "off", "y", "n");

    private YamlText() {
    }

    /** A one-line scalar: plain when that reads back as the same text, double-quoted otherwise. */
    public static String scalar(String text) {
        String s = lineEnds(text);
        if (isPlainSafe(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Text pasted from a CRLF clipboard keeps its lines: a carriage return inside a value would be refused by the lint. */
    private static String lineEnds(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean isPlainSafe(String s) {
        if (s.isEmpty() || !s.equals(s.strip()) || RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(s.charAt(0)) >= 0 || Character.isDigit(s.charAt(0)) && s.matches("[0-9.+-eE_:x]+")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == ':' && (i + 1 == s.length() || s.charAt(i + 1) == ' ') || c == '#' && i > 0 && s.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /** "key: value" lines for a multi-line text: a literal block when it can be one, else a quoted scalar. */
    public static String block(String key, String text, String indent) {
        String t = lineEnds(text).stripTrailing();
        boolean literalOk = !t.isEmpty() && !Character.isWhitespace(t.charAt(0)) && t.indexOf('\t') < 0 && t.indexOf('\r') < 0;
        if (!literalOk || !t.contains("\n") && t.length() < 60) {
            return indent + key + ": " + scalar(t) + "\n";
        }
        StringBuilder sb = new StringBuilder(indent).append(key).append(": |\n");
        for (String line : t.split("\n", -1)) {
            sb.append(line.isBlank() ? "" : indent + "  " + line).append('\n');
        }
        return sb.toString();
    }

    /** Wraps prose at about 88 columns so the pull request diff stays readable. */
    public static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n\n", -1)) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            int column = 0;
            for (String word : paragraph.strip().split("\\s+")) {
                if (column > 0 && column + 1 + word.length() > width) {
                    out.append('\n');
                    column = 0;
                } else if (column > 0) {
                    out.append(' ');
                    column++;
                }
                out.append(word);
                column += word.length();
            }
        }
        return out.toString();
    }
}
