package herald.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import herald.markdown.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Statuspage's HTML subset to Markdown: one behaviour per test, exact strings, and the result read back through Herald's own Markdown. */
class HtmlToMarkdownTest {
    @Test
    void plainTextStaysAsItIsExceptForRunsOfSpaces() {
        assertEquals("We are investigating. Next update soon.", HtmlToMarkdown.convert("We are investigating.  Next update soon."));
    }

    @Test
    void aBlankLineInTheTextIsAParagraphBreakAndALineEndALineBreak() {
        assertEquals("First.\n\nSecond\\\nline.", HtmlToMarkdown.convert("First.\n\nSecond\nline."));
    }

    @Test
    void paragraphsAndDoubleBreaksAreParagraphs() {
        assertEquals("One.\n\nTwo.\n\nThree\\\nfour.", HtmlToMarkdown.convert("<p>One.</p><p>Two.</p>Three<br />four."));
        assertEquals("We are investigating.\n\nNext update soon.", HtmlToMarkdown.convert("We are investigating.<br /><br />Next update soon."));
    }

    @Test
    void literalBackslashRBackslashNFromTwiceEscapedArchivesIsALineEnd() {
        assertEquals("normal.\n\nWe will update", HtmlToMarkdown.convert("normal.\\r\\n\\r\\nWe will update"));
    }

    @Test
    void nestedListsWithLinksAndEmphasis() {
        String html = "<ul><li><strong>2011-07-28 03:06:00</strong> - A file server failed over.<ul><li>see <a href=\"https://blog.example/pm\">the"
                + " post-mortem</a></li><li><em>all</em> repositories</li></ul></li><li>Resolved!</li></ul><ol><li>one</li><li>two<ol>"
                + "<li>two.a</li></ol></li></ol>";
        String md = HtmlToMarkdown.convert(html);
        assertEquals("""
                - **2011-07-28 03:06:00** - A file server failed over.
                  - see [the post-mortem](https://blog.example/pm)
                  - *all* repositories
                - Resolved!

                1. one
                2. two
                   1. two.a""", md);
        Document page = Jsoup.parseBodyFragment(Markdown.toHtml(md));
        assertEquals(2, page.select("body > ul > li").size());
        assertEquals(2, page.select("body > ul > li > ul > li").size());
        assertEquals("https://blog.example/pm", page.select("ul ul a").attr("href"));
        assertEquals("2011-07-28 03:06:00", page.select("ul > li > strong").first().text());
        assertEquals("two.a", page.select("ol > li > ol > li").text());
    }

    @Test
    void aListItemsSecondParagraphStaysInTheItem() {
        assertEquals("- normal.\n\n  We will update\n- next", HtmlToMarkdown.convert("<ul><li>normal.\\r\\n\\r\\nWe will update</li><li>next</li></ul>"));
    }

    @Test
    void codeAndPreformattedTextAreCode() {
        assertEquals("Run `git fetch` again.\n\n```\nerror: 500\n  at *x*\n```",
                HtmlToMarkdown.convert("Run <code>git fetch</code> again.<pre>error: 500\n  at *x*</pre>"));
    }

    @Test
    void markupCharactersInTheTextStayText() {
        String md = HtmlToMarkdown.convert("Use *only* [brackets] &lt;b&gt; &amp; 1_000 items\n# not a heading\n1. not a list");
        assertEquals("Use \\*only\\* \\[brackets\\] \\<b\\> \\& 1\\_000 items\\\n\\# not a heading\\\n1\\. not a list", md);
        Document page = Jsoup.parseBodyFragment(Markdown.toHtml(md));
        assertEquals("Use *only* [brackets] <b> & 1_000 items # not a heading 1. not a list", page.text());
        assertEquals(0, page.select("em, b, h1, ol").size());
    }

    @Test
    void otherElementsAreReducedToTheirTextAndScriptsDropped() {
        assertEquals("Title\n\nbig text\n\ncell", HtmlToMarkdown.convert(
                "<h2>Title</h2><script>alert(1)</script><span style=\"x\">big <font>text</font></span> <table><tr><td>cell</td></tr></table>"));
    }

    @Test
    void onlyWebAndMailLinksKeepTheirTarget() {
        assertEquals("[status](https://status.example/) and click me",
                HtmlToMarkdown.convert("<a href=\"https://status.example/\">status</a> and <a href=\"javascript:alert(1)\">click me</a>"));
    }
}
