package herald.derive;

import herald.model.Update;
import java.util.Locale;

/**
 * Which of an update's scope and effect a timeline shows: each on the first update and whenever it
 * changes, so thirty updates with the same scope read as one fact, not a wall of rows; and never
 * "None" as the effect of an update that closes the entry (the absence of an effect is what
 * "Resolved" already says).
 */
final class UpdateFacts {
    private UpdateFacts() {
    }

    /** The scope to show, or null: {@code previous} is the update before (null for the first). */
    static String scope(Update u, Update previous) {
        return previous == null || !same(u.scope(), previous.scope()) ? u.scope() : null;
    }

    /** The effect to show, or null. */
    static String effect(Update u, Update previous) {
        if (u.effect() == null || u.status().closes() && isNone(u.effect())) {
            return null;
        }
        return previous == null || !same(u.effect(), previous.effect()) ? u.effect() : null;
    }

    /** "None", "none." or "n/a": an effect that says there is none. */
    static boolean isNone(String effect) {
        String e = effect.strip().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
        return e.equals("none") || e.equals("n/a") || e.equals("no effect") || e.equals("no impact");
    }

    /** Equal but for case and spacing: "EU region" and "EU  region" are the same scope. */
    private static boolean same(String a, String b) {
        return b != null && normal(a).equals(normal(b));
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
