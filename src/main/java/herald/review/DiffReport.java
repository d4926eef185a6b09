package herald.review;

import herald.diag.Diagnostic;
import herald.review.Changes.Line;
import herald.review.Changes.Section;
import java.util.List;

/** Writes the diff's {@link Changes} as Markdown (for a pull request comment) and as text (for a terminal). */
final class DiffReport {
    private DiffReport() {
    }

    static PublicDiff.Result write(Changes c) {
        boolean changed = c.changed();
        int rewritten = c.rewritten();
        List<Section> sections = c.sections();
        List<String[]> states = c.states();
        String overallBefore = c.overallBefore();
        String overallAfter = c.overallAfter();
        boolean bannerChanged = c.bannerChanged();
        List<Diagnostic> mine = c.findings();
        StringBuilder md = new StringBuilder("## What the public will see change\n\n");
        StringBuilder tx = new StringBuilder("What the public will see change\n\n");
        if (!changed) {
            md.append("No public changes: nothing on the status page, the banner, the feeds or the API changes.\n\n");
            tx.append("No public changes.\n\n");
        }
        if (rewritten > 0) {
            md.append("> [!WARNING]\n> This change rewrites ").append(rewritten).append(rewritten == 1 ? " update" : " updates")
                    .append(" that users have already read. Post a new update instead, unless the old text was wrong.\n\n");
            tx.append("!! This change rewrites ").append(rewritten).append(rewritten == 1 ? " update" : " updates")
                    .append(" users have already read.\n\n");
        }
        for (Section s : sections) {
            md.append("### ").append(s.heading()).append("\n\n");
            tx.append(s.headingText()).append('\n');
            for (Line l : s.lines()) {
                render(l, md, tx);
            }
            md.append('\n');
            tx.append('\n');
        }
        if (!states.isEmpty() || !overallBefore.equals(overallAfter)) {
            md.append("### Public state\n\n");
            tx.append("PUBLIC STATE\n");
            if (!states.isEmpty()) {
                md.append("| component | before | after |\n|---|---|---|\n");
                for (String[] s : states) {
                    md.append("| ").append(s[0]).append(" | ").append(s[1]).append(" | ").append(s[2]).append(" |\n");
                    tx.append("  ").append(s[0]).append(": ").append(s[1]).append(" -> ").append(s[2]).append('\n');
                }
                md.append('\n');
            }
            if (!overallBefore.equals(overallAfter)) {
                md.append("Page: ").append(overallBefore).append(" → **").append(overallAfter).append("**\n\n");
                tx.append("  Page: ").append(overallBefore).append(" -> ").append(overallAfter).append('\n');
            }
            tx.append('\n');
        }
        if (bannerChanged) {
            md.append("### In-product banner\n\n- before: ").append(quoteOrNone(c.bannerBefore()))
                    .append("\n- after: ").append(quoteOrNone(c.bannerAfter())).append("\n\n");
            tx.append("BANNER\n  before: ").append(quoteOrNone(c.bannerBefore())).append("\n  after:  ")
                    .append(quoteOrNone(c.bannerAfter())).append("\n\n");
        }
        md.append("### Lint of the changed files\n\n");
        tx.append("LINT\n");
        if (mine.isEmpty()) {
            md.append("No findings.\n");
            tx.append("  no findings\n");
        }
        for (Diagnostic d : mine) {
            md.append("- `").append(d.file()).append(':').append(d.line()).append(':').append(d.column()).append("` ")
                    .append(d.level().word()).append(" [").append(d.rule().id()).append("] ").append(d.message()).append('\n');
            tx.append("  ").append(d.toText()).append('\n');
        }
        return new PublicDiff.Result(md.toString(), tx.toString(), changed, rewritten);
    }

    private static String quoteOrNone(String s) {
        return s == null ? "none" : "\"" + s + "\"";
    }

    private static void render(Line l, StringBuilder md, StringBuilder tx) {
        switch (l.kind()) {
            case INFO -> {
                md.append(l.text()).append("\n\n");
                tx.append("  ").append(l.text().replace("`", "")).append('\n');
            }
            case WARN -> {
                md.append("- ⚠️ **").append(l.text()).append("**\n");
                tx.append("  !! ").append(l.text().replace("`", "")).append('\n');
            }
            case UPDATE -> {
                md.append("- **").append(l.text()).append("**\n");
                tx.append("  + ").append(l.text()).append('\n');
                if (l.after() != null) {
                    quote(l.after(), "  > ", md);
                    quote(l.after(), "      ", tx);
                }
            }
            case FIELD, EDIT -> {
                String lead = l.kind() == Changes.Kind.EDIT ? "  - " : "- ";
                if (l.before() == null) {
                    md.append(lead).append("**").append(l.text()).append(":** ").append(oneLine(l.after())).append('\n');
                    tx.append("  ").append(l.text()).append(": ").append(oneLine(l.after())).append('\n');
                } else if (l.after() == null) {
                    md.append(lead).append("**").append(l.text()).append(":** removed (was ").append(oneLine(l.before())).append(")\n");
                    tx.append("  ").append(l.text()).append(": removed (was ").append(oneLine(l.before())).append(")\n");
                } else {
                    md.append(lead).append("**").append(l.text()).append(":** ").append(oneLine(l.before())).append(" → ")
                            .append(oneLine(l.after())).append('\n');
                    tx.append("  ").append(l.text()).append(": ").append(oneLine(l.before())).append(" -> ")
                            .append(oneLine(l.after())).append('\n');
                }
            }
        }
    }

    private static void quote(String body, String prefix, StringBuilder out) {
        for (String line : body.strip().split("\n")) {
            out.append(prefix).append(line.strip()).append('\n');
        }
    }

    private static String oneLine(String s) {
        return "\"" + s.replaceAll("\\s+", " ").strip() + "\"";
    }
}
