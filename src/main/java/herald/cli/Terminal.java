package herald.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;

/** A person at a terminal who can answer a question; commands ask only when there is one. */
public interface Terminal {
    /** Asks, showing the default; an empty answer takes the default. Null when the input ends. */
    String ask(String question, String defaultValue);

    /** The terminal this process runs in, or null: input or output redirected, or CI set (never prompt in CI). */
    static Terminal attached(Map<String, String> variables) {
        Console console = System.console();
        String ci = variables.getOrDefault("CI", "");
        if (console == null || !(ci.isEmpty() || ci.equalsIgnoreCase("false")) || !isTerminal(console)) {
            return null;
        }
        return (question, defaultValue) -> {
            String answer = console.readLine("%s [%s]: ", question, defaultValue);
            return answer == null ? null : answer.isBlank() ? defaultValue : answer.strip();
        };
    }

    /** Java 22 and later return a Console even when redirected; Console.isTerminal() tells (absent before 22: a Console is a terminal). */
    private static boolean isTerminal(Console console) {
        try {
            Method m = Console.class.getMethod("isTerminal");
            return (Boolean) m.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
