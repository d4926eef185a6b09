package herald.derive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Fixtures;
import herald.TestSite;
import herald.TestSite.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No script from content reaches the site, nothing internal leaks, and output is reproducible. */
class SafetyTest {
    @TempDir
    Path dir;

    private static final String XSS_INCIDENT = """
            ---
            title: "<script>alert('title')</script> Slow <img src=x onerror=alert(1)> answers"
            severity: S2
            components: [answers-api, citations]
            triggered: 2026-11-20T14:02:00Z
            banner: "</script><script>alert('banner')</script> We are restoring service."
            cause: "<a href=\\"javascript:alert('cause')\\">cause</a> <svg onload=alert(1)>"
            postmortem: https://tracker.test.example/PM-123
            updates:
              - at: 2026-11-20T14:09:00Z
                status: investigating
                owner: Comms lead
                scope: "<iframe src=javascript:alert(1)></iframe> EU"
                effect: "<b onmouseover=alert(1)>slow</b>"
                next: 2026-11-20T14:25:00Z
                body: |
                  We are investigating. <script>alert('body')</script>
                  [click me](javascript:alert('link')) and <a href="JaVaScRiPt:alert(2)">this</a>
                  [a](JaVaScRiPt:alert(1)) [b](jav&#x61;script:alert(1)) [c](<javascript:alert(1)>) [d](data:text/html;base64,PHNjcmlwdD4=)
                  ![pic](https://evil.example/track.png) <javascript:alert(4)> [e]: vbscript:msgbox(1) [e]
                  <img src="https://evil.example/x.png" onerror="alert(3)">
                  </script><script>document.write('x')</script>
                  Next update in 15 minutes.
              - at: 2026-11-20T14:25:00Z
                status: resolved
                owner: Comms lead
                scope: EU
                effect: None
                body: "Resolved. <details open ontoggle=alert(1)>x</details>"
            ---
            Summary <script>alert('summary')</script> [x](javascript:alert(1)) <a href="vbscript:msgbox(1)">y</a>
            """;

    @Test
    void scriptFromAnyContentFieldNeverBecomesLiveMarkup() throws IOException {
        TestSite.write(dir, "-- content/site.yaml --\n" + Fixtures.SITE.replace("title: Test Status", "title: \"Test <script>alert('site')</script>\"")
                + "-- " + Fixtures.INCIDENT_PATH + " --\n" + XSS_INCIDENT);
        Run run = TestSite.build(dir, "2026-11-27T00:00:00Z");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        SortedMap<String, byte[]> files = TestSite.files(dir.resolve("site"));
        int pages = 0;
        int feedItems = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            if (f.getKey().endsWith(".html")) {
                assertNoLiveScript(Jsoup.parse(text), f.getKey());
                pages++;
            } else if (f.getKey().endsWith(".xml")) {
                // item descriptions and Atom content are HTML that readers render; titles are text
                for (Element d : Jsoup.parse(text, "", org.jsoup.parser.Parser.xmlParser()).select("item > description, entry > content")) {
                    assertNoLiveScript(Jsoup.parse(d.text()), f.getKey() + " item");
                    feedItems++;
                }
            }
        }
        assertTrue(pages > 5);
        assertTrue(feedItems > 0, "no feed item was checked");
        // the text itself is still there for people to read, as text
        Document incident = Jsoup.parse(new String(files.get("incidents/2026-11-20-slow-answers/index.html"), StandardCharsets.UTF_8));
        assertTrue(incident.selectFirst("h1").text().contains("<script>alert('title')</script>"));
    }

    private static final Pattern SCRIPT_URL = Pattern.compile("^\\s*(javascript|vbscript|data):", Pattern.CASE_INSENSITIVE);

    static void assertNoLiveScript(Document d, String where) {
        assertEquals(0, d.select("script, iframe, object, embed, svg, img, details[ontoggle]").size(), where + ": " + d.select("script, iframe, object, embed, svg, img"));
        for (Element e : d.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), where + ": event handler " + a);
                if (a.getKey().equals("href") || a.getKey().equals("src") || a.getKey().equals("action")) {
                    assertFalse(SCRIPT_URL.matcher(a.getValue()).find(), where + ": script URL " + a);
                }
            }
        }
    }

    @Test
    void nothingUnderInternalReachesAnyFileOfTheExampleSite() throws IOException {
        Path site = TestSite.buildExample(dir);
        Set<String> secrets = new LinkedHashSet<>();
        ObjectMapper yaml = new YAMLMapper();
        try (var s = Files.walk(Path.of("content"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".md")).toList()) {
                String text = Files.readString(p);
                String front = text.substring(4, text.indexOf("\n---", 4));
                JsonNode internal = yaml.readTree(front).get("internal");
                if (internal != null) {
                    collect(internal, secrets);
                }
            }
        }
        assertTrue(secrets.size() > 60, "internal values found: " + secrets.size());
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : TestSite.files(site).entrySet()) {
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            for (String secret : secrets) {
                // whole tokens only: "Lee" is not inside "Fleet", 312 is not inside 2026-03-12
                Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}.:%-])" + Pattern.quote(secret) + "(?![\\p{L}\\p{N}%-]|[.:]\\d)");
                if (p.matcher(text).find()) {
                    leaks.add(secret + " in " + f.getKey());
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    /** Every value below internal: (keys are the format's vocabulary, not secrets). */
    private static void collect(JsonNode node, Set<String> out) {
        node.fields().forEachRemaining(e -> collect(e.getValue(), out));
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        }
        if (node.isValueNode()) {
            out.add(node.asText());
        }
    }

    @Test
    void theSameContentAndNowGiveAByteIdenticalSite() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        TestSite.buildExample(a); // at 2026-11-27T14:30:00Z, which is SOURCE_DATE_EPOCH 1795789800
        TestSite.copyTree(Path.of("content"), b.resolve("content"));
        assertEquals(0, TestSite.run(b, Map.of("SOURCE_DATE_EPOCH", "1795789800"), "build", "--theme", TestSite.THEME.toString()).exitCode());
        SortedMap<String, byte[]> first = TestSite.files(a.resolve("site"));
        SortedMap<String, byte[]> second = TestSite.files(b.resolve("site"));
        assertEquals(first.keySet(), second.keySet());
        for (String path : first.keySet()) {
            assertArrayEquals(first.get(path), second.get(path), path);
        }
    }
}
