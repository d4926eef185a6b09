package herald.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import herald.bench.SyntheticSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markdown: safe by construction, and the plain-paragraph shortcut equals commonmark's output. */
class MarkdownTest {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer PLAIN_COMMONMARK = HtmlRenderer.builder().escapeHtml(true).build();

    private static void sameAsCommonmark(String text) {
        String fast = Markdown.plainParagraphs(text);
        if (fast != null) {
            assertEquals(PLAIN_COMMONMARK.render(PARSER.parse(text)).strip(), fast, () -> "differs for: " + text);
        }
    }

    @Test
    void theShortcutMatchesCommonmarkOnRealGitHubText() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int fast = 0;
        for (String line : Files.readAllLines(Path.of("src/test/resources/real/github/updates.jsonl"))) {
            JsonNode u = json.readTree(line);
            String body = u.path("body").asText("");
            sameAsCommonmark(body);
            if (Markdown.plainParagraphs(body) != null) {
                fast++;
            }
        }
        assertTrue(fast > 1500, "most real updates are plain text: " + fast);
    }

    @Test
    void theShortcutMatchesCommonmarkOnSyntheticAndExampleContent(@TempDir Path dir) throws IOException {
        SyntheticSite.generate(dir, 200, 3);
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(dir.resolve("content"), Path.of("content"))) {
            try (Stream<Path> s = Files.walk(root)) {
                files.addAll(s.filter(p -> p.toString().endsWith(".md")).toList());
            }
        }
        int checked = 0;
        int fast = 0;
        for (Path p : files) {
            for (String block : Files.readString(p).split("body: \\|\\n")) {
                StringBuilder body = new StringBuilder();
                for (String l : block.lines().toList()) {
                    if (!l.startsWith("      ") && !l.isBlank()) {
                        break;
                    }
                    body.append(l.length() > 6 ? l.substring(6) : "").append('\n');
                }
                sameAsCommonmark(body.toString());
                checked++;
                if (Markdown.plainParagraphs(body.toString()) != null) {
                    fast++;
                }
            }
        }
        assertTrue(checked > 500, "bodies checked: " + checked);
        // only bodies that took the shortcut compare anything: there must be some
        assertTrue(fast > 0, "bodies that took the shortcut: " + fast + " of " + checked);
        assertTrue(fast > checked / 2, "most bodies are plain text: " + fast + " of " + checked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"One line.", "Two\nlines.", "Para one.\n\nPara two.\n", "  leading spaces\nand \"quotes\"",
        "Ünïcödé 🚀 text", "1999 was a year", "a\n\n\n\nb", "x \ny"})
    void plainTextTakesTheShortcutWithTheSameOutput(String text) {
        assertNotNull(Markdown.plainParagraphs(text), text);
        sameAsCommonmark(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"**bold**", "- item", "1. item", "# heading", "a & b", "<b>x</b>", "[l](u)", "code `x`", "    indented code",
        "line  \nbreak", "Trailing   \nx", "Title\n===", "a\\b", "x_y_z"})
    void syntaxGoesThroughCommonmark(String text) {
        assertNull(Markdown.plainParagraphs(text));
        assertNotNull(Markdown.toHtml(text));
    }

    @Test
    void imagesBecomeTheirAltTextAndUnsafeLinksLoseTheirTarget() {
        assertEquals("<p>a chart</p>", Markdown.toHtml("![a chart](https://evil.example/x.png)"));
        assertEquals("<p><a rel=\"nofollow noopener noreferrer\" href=\"\">x</a></p>", Markdown.toHtml("[x](javascript:alert(1))"));
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", Markdown.toHtml("<script>alert(1)</script>"));
        assertEquals("<p><a rel=\"nofollow noopener noreferrer\" href=\"https://ok.example/\">ok</a></p>", Markdown.toHtml("[ok](https://ok.example/)"));
    }
}
