package herald.lint;

import herald.diag.Rule;
import herald.lint.Wording.Hit;
import herald.wording.MarkdownCode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * unfilled-placeholder: an empty public text, or a template placeholder left in it ({{next}},
 * <component>, TODO, hh:mm), outside Markdown code: code is quoted literally, so
 * {@code `<project>.admin.datocms.com`} there is an example, not a gap to fill.
 */
final class PlaceholderWording {
    private PlaceholderWording() {
    }

    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("[.…\\-–—?_]+");
    private static final Pattern PLACEHOLDER_WORD = Pattern.compile(
            "(?i:\\bhh:mm\\b|\\bhh\\.mm\\b)|\\bTODO\\b|\\bTBD\\b|\\bTBA\\b|\\bFIXME\\b|\\bXXX+\\b|\\{\\{[^{}]{0,60}\\}\\}");
    /** A host name: dotted labels ending in a top-level domain of letters. */
    private static final Pattern HOST = Pattern.compile("(?i)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:com|org|net|io|dev|app|co|ai|cloud|gov|edu|info|me|tech|uk|de|fr|eu|us|ca|au|nl|jp)");
    private static final Pattern ANGLE = Pattern.compile("<\\s*(/?)\\s*([^<>\\n]{0,60}?)\\s*>");
    private static final Pattern PLACEHOLDER_WORDS = Pattern.compile("[\\p{L}][\\p{L}\\p{N} _.,'’()-]*");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s/]+");
    private static final Set<String> HTML_TAGS = Set.of("a", "abbr", "audio", "b", "base", "blockquote", "body", "br",
            "button", "canvas", "center", "code", "dd", "del", "dialog", "div", "dl", "dt", "em", "embed", "font",
            "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "html", "i", "iframe",
            "img", "image", "input", "ins", "kbd", "li", "link", "marquee", "math", "meta", "noscript", "object", "ol",
            "p", "param", "picture", "pre", "q", "s", "script", "select", "span", "strike", "strong", "style", "sub",
            "sup", "svg", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "tr", "u", "ul", "video", "xmp",
            "xss", "isindex", "keygen", "applet", "bgsound", "layer", "ilayer", "plaintext");

    static void check(String text, long signals, List<Hit> hits) {
        String stripped = text.strip();
        if (stripped.isEmpty() || ONLY_PUNCTUATION.matcher(stripped).matches()) {
            hits.add(new Hit(Rule.UNFILLED_PLACEHOLDER, stripped, -1, "public text is empty or a placeholder (\"" + stripped
                    + "\"); write what users need to know, or remove the field"));
            return;
        }
        if ((signals & (TextScan.PLACEHOLDER | TextScan.ANGLE)) == 0) {
            return;
        }
        // same length and line breaks as the text, code blanked: offsets stay valid
        String outsideCode = MarkdownCode.mask(text);
        if ((signals & TextScan.PLACEHOLDER) != 0) {
            Matcher m = PLACEHOLDER_WORD.matcher(outsideCode);
            while (m.find()) {
                hits.add(new Hit(Rule.UNFILLED_PLACEHOLDER, m.group(), m.start(), "template placeholder \"" + m.group()
                        + "\" left in public text; fill it in with what is known (a time, a cause, a name) before publishing"));
            }
        }
        if ((signals & TextScan.ANGLE) == 0) {
            return;
        }
        Matcher a = ANGLE.matcher(outsideCode);
        while (a.find()) {
            if (isPlaceholder(a.group(1), a.group(2))) {
                hits.add(new Hit(Rule.UNFILLED_PLACEHOLDER, a.group(), a.start(), "template placeholder \"" + a.group()
                        + "\" left in public text; replace it with the real value before publishing"));
            }
        }
    }

    /** {@code <component>} or {@code <…>} is a placeholder; HTML tags, autolinks and {@code <5%} are not. */
    private static boolean isPlaceholder(String slash, String inner) {
        if (!slash.isEmpty()) {
            return false;
        }
        String t = inner.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (t.equals("…") || t.equals("...")) {
            return true;
        }
        if (t.contains(":") || t.contains("@") || t.contains("=") || t.contains("/") || t.contains("\"")) {
            return false; // URL, e-mail, attribute or tag with attributes
        }
        if (HOST.matcher(t).matches() && !t.regionMatches(true, 0, "your", 0, 4)) {
            return false; // "<repo.jenkins-ci.org>": a link written without its scheme, not a gap to fill
        }
        if (!Character.isLetter(t.codePointAt(0))) {
            return false; // "< 5 minutes", "<1%"
        }
        String firstWord = WORD_SPLIT.split(t)[0].toLowerCase(Locale.ROOT);
        if (HTML_TAGS.contains(firstWord)) {
            return false;
        }
        return PLACEHOLDER_WORDS.matcher(t).matches();
    }
}
