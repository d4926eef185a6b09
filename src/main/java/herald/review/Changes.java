package herald.review;

import herald.diag.Diagnostic;
import java.util.List;

/**
 * The diff's change model: what the public will see change, before it is written as Markdown or
 * text ({@link DiffReport}). {@code states}: component name, state before, state after.
 */
record Changes(List<Section> sections, int rewritten, List<String[]> states, String overallBefore, String overallAfter,
        String bannerBefore, String bannerAfter, List<Diagnostic> findings) {

    /** One line of the report; its kind drives its rendering in Markdown and text. */
    record Line(Kind kind, String text, String before, String after) {
        static Line of(Kind kind, String text) {
            return new Line(kind, text, null, null);
        }
    }

    enum Kind { INFO, WARN, UPDATE, FIELD, EDIT }

    record Section(String heading, String headingText, List<Line> lines) {
    }

    boolean bannerChanged() {
        return !java.util.Objects.equals(bannerBefore, bannerAfter);
    }

    boolean changed() {
        return !sections.isEmpty() || !states.isEmpty() || !overallBefore.equals(overallAfter) || bannerChanged();
    }
}
