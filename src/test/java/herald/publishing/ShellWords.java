package herald.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Just enough of the POSIX shell's word splitting to find the herald commands (herald, or ./herald
 * in this repository) in a CI script: quotes, backslash line continuations, comments, $VAR and
 * ${VAR}; a command ends at an unquoted ; & | &gt; &lt; ) or newline.
 */
public final class ShellWords {
    private ShellWords() {
    }

    public static List<List<String>> heraldCommands(String script, UnaryOperator<String> variables) {
        List<List<String>> commands = new ArrayList<>();
        List<String> current = null;
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
                continue;
            }
            if (c == '\\' && i + 1 < script.length()) {
                char next = script.charAt(++i);
                if (next != '\n') {
                    word = word == null ? new StringBuilder() : word;
                    word.append(next);
                }
                continue;
            }
            if (c == '$' && i + 1 < script.length() && (Character.isLetter(script.charAt(i + 1)) || script.charAt(i + 1) == '_'
                    || script.charAt(i + 1) == '{')) {
                int start = i + 1;
                int end;
                String name;
                if (script.charAt(start) == '{') {
                    end = script.indexOf('}', start);
                    name = script.substring(start + 1, end);
                    i = end;
                } else {
                    end = start;
                    while (end < script.length() && (Character.isLetterOrDigit(script.charAt(end)) || script.charAt(end) == '_')) {
                        end++;
                    }
                    name = script.substring(start, end);
                    i = end - 1;
                }
                word = word == null ? new StringBuilder() : word;
                word.append(current != null ? variables.apply(name) : "$" + name);
                continue;
            }
            if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else {
                    word.append(c);
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
                continue;
            }
            if (c == '#' && word == null) {
                while (i + 1 < script.length() && script.charAt(i + 1) != '\n') {
                    i++;
                }
                continue;
            }
            boolean ends = ";&|<>)\n".indexOf(c) >= 0;
            if (Character.isWhitespace(c) || ends) {
                if (word != null) {
                    current = take(word.toString(), current, commands);
                    word = null;
                }
                if (ends && current != null) {
                    commands.add(current);
                    current = null;
                }
                continue;
            }
            word = word == null ? new StringBuilder() : word;
            word.append(c);
        }
        if (word != null) {
            current = take(word.toString(), current, commands);
        }
        if (current != null) {
            commands.add(current);
        }
        return commands;
    }

    private static List<String> take(String word, List<String> current, List<List<String>> commands) {
        if (current != null) {
            current.add(word);
            return current;
        }
        return word.equals("herald") || word.equals("./herald") ? new ArrayList<>() : null;
    }
}
