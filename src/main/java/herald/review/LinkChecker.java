package herald.review;

import herald.model.SitePaths;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a built site: every relative link and anchor of every page points to a file (and an
 * element id) that exists; on request, outside URLs (postmortem and support links) answer, each
 * within a bounded time. Never part of a normal build: outside URLs are not ours to wait for.
 */
public final class LinkChecker {
    private LinkChecker() {
    }

    /** A broken link: the page it is on, the link, and why. */
    public record Broken(String page, String link, String reason) {
        @Override
        public String toString() {
            return page + ": " + link + " (" + reason + ")";
        }
    }

    public record Report(int pages, int links, List<Broken> broken) {
    }

    public static Report internal(Path root) throws IOException {
        Path site = root.toAbsolutePath().normalize(); // link targets are normalized: compare like with like
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Map<Path, Set<String>> ids = new HashMap<>();
        List<Broken> broken = new ArrayList<>();
        int links = 0;
        for (Path page : pages) {
            Document d = Jsoup.parse(page.toFile(), "UTF-8");
            String shown = site.relativize(page).toString().replace('\\', '/');
            if (page.getFileName().toString().equals("404.html")) {
                continue; // served at any path: it links absolutely on purpose
            }
            for (Element e : d.select("a[href], link[href]")) {
                String href = e.attr("href");
                if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:") || href.isEmpty()) {
                    continue;
                }
                links++;
                URI uri;
                try {
                    uri = new URI(href);
                } catch (URISyntaxException x) {
                    broken.add(new Broken(shown, href, "not a valid link"));
                    continue;
                }
                Path target = page;
                if (uri.getPath() != null && !uri.getPath().isEmpty()) {
                    target = page.getParent().resolve(uri.getPath()).normalize();
                    if (Files.isDirectory(target)) {
                        target = target.resolve(SitePaths.INDEX);
                    }
                    if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                        broken.add(new Broken(shown, href, "no such file"));
                        continue;
                    }
                }
                String fragment = uri.getFragment();
                if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
                    Set<String> known = ids.computeIfAbsent(target, LinkChecker::ids);
                    if (!known.contains(fragment)) {
                        broken.add(new Broken(shown, href, "no element with id \"" + fragment + "\""));
                    }
                }
            }
        }
        return new Report(pages.size(), links, broken);
    }

    private static Set<String> ids(Path page) {
        try {
            Set<String> out = new TreeSet<>();
            for (Element e : Jsoup.parse(page.toFile(), "UTF-8").select("[id]")) {
                out.add(e.id());
            }
            return out;
        } catch (IOException e) {
            return Set.of();
        }
    }

    /** Each URL answers 2xx or 3xx within {@code timeout} (HEAD, then GET if HEAD is refused). */
    public static List<Broken> external(Collection<String> urls, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        Map<String, CompletableFuture<String>> checks = new HashMap<>();
        for (String url : new TreeSet<>(urls)) {
            checks.put(url, probe(http, url, "HEAD", timeout).thenCompose(r -> r == null || !r.startsWith("HTTP 405")
                    ? CompletableFuture.completedFuture(r) : probe(http, url, "GET", timeout)));
        }
        List<Broken> out = new ArrayList<>();
        for (String url : new TreeSet<>(checks.keySet())) {
            String problem;
            try {
                problem = checks.get(url).get(timeout.toMillis() * 3, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                problem = "no answer within " + timeout.toSeconds() + " s";
            }
            if (problem != null) {
                out.add(new Broken("content", url, problem));
            }
        }
        return out;
    }

    /** null when fine, else the problem. */
    private static CompletableFuture<String> probe(HttpClient http, String url, String method, Duration timeout) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).method(method, HttpRequest.BodyPublishers.noBody())
                    .header("User-Agent", "herald-check-links").build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture("not a valid URL");
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(r -> r.statusCode() < 400 ? null : "HTTP " + r.statusCode())
                .exceptionally(e -> e.getCause() instanceof java.net.http.HttpTimeoutException ? "no answer within " + timeout.toSeconds() + " s"
                        : "unreachable (" + (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName() + ")");
    }
}
