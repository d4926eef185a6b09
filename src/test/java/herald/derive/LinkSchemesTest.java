package herald.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Fixtures;
import herald.TestSite;
import herald.TestSite.Run;
import herald.fuzz.OutputChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, defect 4: {@code --base-url 'javascript:alert(1)//'} built a site with javascript:
 * URLs in the pages, feeds and API, and a value with a quote, an angle bracket or a leading space
 * gave an internal error. Now --base-url is checked as baseUrl in site.yaml is, and no link of any
 * output has a scheme other than http, https or mailto, whatever the content links to.
 */
class LinkSchemesTest {
    @TempDir
    Path dir;

    private static final String NOW = "2026-11-27T14:30:00Z";

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)//", "https://status.example.com/\"onmouseover=\"alert(1)", "https://status.example.com/<b>",
        " https://status.example.com/", "https://status.example.com/ ", "ftp://status.example.com/", "//status.example.com/",
        "https://status.example.com/?utm=1", "https://status.example.com/#top", "status.example.com", ""})
    void aBadBaseUrlOptionIsAClearErrorAndNothingIsWritten(String url) {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
        Run run = TestSite.build(dir, NOW, "--base-url", url);
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith("herald: --base-url is \"" + url + "\", "), run.err());
        assertFalse(run.err().contains("internal error") || run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "baseUrl,    'javascript:alert(1)//',      'not an absolute http(s) URL'",
        "baseUrl,    'https://status.example.com/?a=1', 'a URL with a ?query or #fragment'",
        "supportUrl, 'javascript:alert(1)',        'not an absolute http(s) URL'",
        "supportUrl, 'data:text/html,<script>x</script>', 'not an absolute http(s) URL'",
    })
    void theSameUrlsInSiteYamlAreFindings(String key, String url, String why) {
        String site = key.equals("baseUrl") ? Fixtures.SITE.replace("baseUrl: https://status.test.example/", "baseUrl: \"" + url + "\"")
                : Fixtures.SITE + "supportUrl: \"" + url + "\"\n";
        TestSite.write(dir, "-- content/site.yaml --\n" + site + "-- " + Fixtures.INCIDENT_PATH + " --\n" + Fixtures.INCIDENT);
        Run run = TestSite.run(dir, "lint", "--now", NOW);
        assertEquals(1, run.exitCode(), run.out());
        int line = TestSite.lineOf(site, key + ":");
        assertTrue(run.findings().stream().anyMatch(f -> f.startsWith("content/site.yaml:" + line + ":") && f.contains("[invalid-value] \"" + key
                + "\" is \"" + url + "\", " + why)), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "ftp://tracker.example/PM-1", "mailto:pm@example.com"})
    void aPostmortemLinkMustBeHttp(String url) {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT.replace("postmortem: https://tracker.test.example/PM-123", "postmortem: \"" + url + "\"")));
        Run run = TestSite.run(dir, "lint", "--now", NOW);
        assertTrue(run.findings().contains(Fixtures.INCIDENT_PATH + ":8:13: error [invalid-value] \"postmortem\" is \"" + url
                + "\", not an absolute http(s) URL; write it like https://status.example.com/"), run.out());
    }

    /** Markdown links of every scheme in bodies and the summary: the built site links only to http, https and mailto. */
    @Test
    void noOutputLinksToAnotherScheme() throws IOException {
        String links = "[a](ftp://files.example/x) [b](file:///etc/passwd) [c](tel:+15550100) [d](data:text/html,x) [e](javascript:alert(1))"
                + " [f](JaVa&#x53;cript:alert(1)) [g](vbscript:msgbox) [h](irc://chat.example) [i](//evil.example/x) <ftp://files.example/y>"
                + " <ssh://host.example> [j][ref] [k](mailto:help@example.com) [l](https://ok.example/) [m](relative/page)\n\n[ref]: gopher://x.example\n";
        String incident = Fixtures.INCIDENT.replace("body: This incident is resolved. Thank you for your patience.",
                "body: |\n      This incident is resolved. " + links.replace("\n", "\n      ").stripTrailing())
                .replace("Between 14:02 and 15:04 UTC some answers were slow.", "Between 14:02 and 15:04 UTC some answers were slow. " + links);
        TestSite.write(dir, "-- content/site.yaml --\n" + Fixtures.SITE + "supportUrl: https://help.test.example/\n"
                + "-- " + Fixtures.INCIDENT_PATH + " --\n" + incident + "-- " + Fixtures.MAINTENANCE_PATH + " --\n" + Fixtures.MAINTENANCE);
        Run run = TestSite.build(dir, NOW, "--base-url", "https://status.example.org/sub/");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        Path site = dir.resolve("site");
        String page = Files.readString(site.resolve("incidents/2026-11-20-slow-answers/index.html"));
        assertTrue(page.contains("href=\"https://ok.example/\"") && page.contains("href=\"mailto:help@example.com\""),
                "the allowed links are there, so the check below saw links at all");
        assertEquals(List.of(), OutputChecks.check(site));
        assertTrue(Files.readString(site.resolve("feed.xml")).contains("https://status.example.org/sub/incidents/2026-11-20-slow-answers/"));
    }

    /** The check itself finds a bad link (so an empty list above means something). */
    @Test
    void theCheckFindsABadLink() throws IOException {
        Path site = Files.createDirectories(dir.resolve("s"));
        Files.writeString(site.resolve("index.html"), "<a href=\" java\nscript:alert(1)\">x</a><a href=\"rel/x\">y</a>");
        Files.writeString(site.resolve("feed.xml"), "<rss><channel><link>javascript:x</link><description>&lt;a href=\"data:x\"&gt;</description></channel></rss>");
        Files.writeString(site.resolve("banner.json"), "{\"url\": \"vbscript:x\", \"message\": \"note: fine\"}");
        assertEquals(4, OutputChecks.check(site).size(), OutputChecks.check(site).toString());
    }
}
