package herald.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.model.SitePaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * _headers read the way Cloudflare Pages reads it: a request gets the headers of every rule whose
 * pattern matches (a trailing * matches any rest), and a header set by two rules gets both values
 * joined with a comma.
 */
class HostingHeadersTest {
    private record Rule(String pattern, List<String[]> headers) {
    }

    private static List<Rule> rules(String file) {
        List<Rule> rules = new ArrayList<>();
        for (String line : file.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (!line.startsWith(" ")) {
                rules.add(new Rule(line.strip(), new ArrayList<>()));
            } else {
                String[] nameValue = line.strip().split(":\\s*", 2);
                rules.get(rules.size() - 1).headers().add(nameValue);
            }
        }
        return rules;
    }

    private static Map<String, String> served(List<Rule> rules, String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Rule r : rules) {
            boolean matches = r.pattern().endsWith("*") ? path.startsWith(r.pattern().substring(0, r.pattern().length() - 1))
                    : path.equals(r.pattern());
            if (matches) {
                r.headers().forEach(h -> headers.merge(h[0], h[1], (a, b) -> a + ", " + b));
            }
        }
        return headers;
    }

    @Test
    void everyLivePathGetsOneShortCacheAndCorsEvenWhereTheRuleForAllPathsAlsoMatches() {
        List<Rule> rules = rules(HostingHeaders.netlify());
        for (String path : List.of("/" + SitePaths.BANNER_JSON, "/api/v2/summary.json", "/api/v2/incidents/unresolved.json",
                "/" + SitePaths.RSS, "/" + SitePaths.HISTORY_ATOM, "/components/web-app/feed.xml", "/" + SitePaths.BADGE,
                "/" + SitePaths.CALENDAR, "/" + SitePaths.FAVICON_ICO)) {
            Map<String, String> h = served(rules, path);
            assertEquals("public, max-age=60, must-revalidate", h.get("Cache-Control"), path);
            assertEquals("*", h.get("Access-Control-Allow-Origin"), path);
            assertEquals("nosniff", h.get("X-Content-Type-Options"), path);
        }
    }

    @Test
    void pagesAreLeftToTheHostsRevalidatingDefaultAndTheBannerScriptIsCachedLonger() {
        List<Rule> rules = rules(HostingHeaders.netlify());
        Map<String, String> page = served(rules, "/incidents/2026-11-27-slow-answers/");
        assertEquals(null, page.get("Cache-Control"));
        assertEquals(null, page.get("Access-Control-Allow-Origin"));
        assertEquals("nosniff", page.get("X-Content-Type-Options"));
        Map<String, String> script = served(rules, "/" + SitePaths.BANNER_JS);
        assertEquals("public, max-age=3600", script.get("Cache-Control"));
        assertTrue(script.containsKey("Access-Control-Allow-Origin"));
    }

    /** "api/*" as aws s3's --include reads it: a * matches any characters, '/' too. */
    private static boolean included(String path, List<String> patterns) {
        return patterns.stream().anyMatch(p -> path.matches(Pattern.quote(p).replace("*", "\\E.*\\Q")));
    }

    @Test
    void theS3PipelinesUploadEveryLivePathWithTheShortCache() throws IOException {
        String github;
        try (InputStream in = HostingHeadersTest.class.getResourceAsStream("/herald/init/github/deploy-s3.yml")) {
            github = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String gitlab = Files.readString(Path.of("ci/herald.gitlab-ci.yml"));
        for (String pipeline : List.of(github, gitlab)) {
            String live = pipeline.substring(pipeline.indexOf("aws s3 cp"));
            live = live.substring(0, live.indexOf("max-age=60"));
            List<String> patterns = new ArrayList<>();
            Matcher m = Pattern.compile("--include \"([^\"]+)\"").matcher(live);
            while (m.find()) {
                patterns.add(m.group(1));
            }
            for (String rule : HostingHeaders.LIVE_PATHS) {
                String path = rule.substring(1).replace("*", "x/feed.xml");
                assertTrue(included(path, patterns), path + " not in " + patterns);
            }
        }
    }
}
