package herald.markdown;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * {@link Markdown#toHtml} and {@link Markdown#toPlainText} for one run, each text rendered once:
 * an update body shows on its page, in the feeds, in the API and (while the entry is open) in the
 * lists, and the plain text is read from the same HTML. Both are pure functions of the text, so a
 * result kept is the result computed again.
 *
 * <p>Results are kept until {@link #seal}: the derive stage renders the bodies that several
 * outputs share (the feeds' and the API's, bounded by their lengths); after it, the pages render
 * each remaining body once, and keeping those would hold every body's HTML of a large history in
 * memory for nothing. Thread-safe.
 */
public final class MarkdownMemo {
    private final Map<String, String> html = new ConcurrentHashMap<>();
    private final Map<String, String> plain = new ConcurrentHashMap<>();
    private final Runnable rendered;
    private volatile boolean sealed;

    /** @param rendered told each time a text is really rendered (not found kept), e.g. a work counter */
    public MarkdownMemo(Runnable rendered) {
        this.rendered = rendered;
    }

    /** {@link Markdown#toHtml} of the text, rendered once. */
    public String html(String markdown) {
        return kept(html, markdown, text -> {
            rendered.run();
            return Markdown.toHtml(text);
        });
    }

    /** {@link Markdown#toPlainText} of the text, from the HTML kept for it when there is some. */
    public String plainText(String markdown) {
        return kept(plain, markdown, text -> Markdown.toPlainText(text, this::html));
    }

    /** The result kept for {@code markdown} in {@code memo}, else computed (and kept until the seal); "" for no text. */
    private String kept(Map<String, String> memo, String markdown, UnaryOperator<String> compute) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String kept = memo.get(markdown);
        if (kept != null) {
            return kept;
        }
        // before the seal, a text two threads want at once (the feeds and the API are built side by
        // side, newest first both) is rendered by one while the other waits for it
        return sealed ? compute.apply(markdown) : memo.computeIfAbsent(markdown, compute);
    }

    /** From now on, results are computed and given but no longer kept (those kept stay). */
    public void seal() {
        sealed = true;
    }
}
