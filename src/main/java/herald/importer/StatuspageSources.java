package herald.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where Statuspage's JSON comes from: a file, a folder of files, an {@code https://} URL of a public
 * v2 response, or the authenticated v1 API ({@code https://api.statuspage.io/v1/pages/<id>/incidents}),
 * read page after page until an empty one, each incident once (by id), with the key sent as
 * {@code Authorization: OAuth} (never in the URL). Only https travels: plain http is refused, except
 * to 127.0.0.1 through {@link #allowingLoopbackHttpForTests}, the seam the tests' local server uses.
 */
public final class StatuspageSources {
    static final int PER_PAGE = 100;
    private static final Pattern V1 = Pattern.compile("/v1/pages/[^/]+/.+");
    private static final int MAX_PAGES = 10_000;
    private static final int RETRIES = 5;

    private final Path cwd;
    private final ApiKey key;
    private final boolean loopbackHttp;
    private HttpClient http;

    /** The v1 key (or null) and the environment variable it came from (or null), the one messages name. */
    private record ApiKey(String variable, String value) {
    }

    private StatuspageSources(Path cwd, ApiKey key, boolean loopbackHttp) {
        this.cwd = cwd;
        this.key = key;
        this.loopbackHttp = loopbackHttp;
    }

    /**
     * Sources for a user's command line: https only.
     *
     * @param apiKeyName the environment variable that holds the v1 key (--api-key-env), or null
     * @param apiKey its value, or null
     */
    public static StatuspageSources of(Path cwd, String apiKeyName, String apiKey) {
        return new StatuspageSources(cwd, new ApiKey(apiKeyName, apiKey), false);
    }

    /** Test seam: the same, but http://127.0.0.1 is allowed too (a local server in tests; never anything else). */
    public static StatuspageSources allowingLoopbackHttpForTests(Path cwd, String apiKeyName, String apiKey) {
        return new StatuspageSources(cwd, new ApiKey(apiKeyName, apiKey), true);
    }

    /** Reads every source into {@code reader}; fails on the first that cannot be read, before anything is written. */
    void readAll(List<String> sources, StatuspageReader reader) throws ImportFailure, InterruptedException {
        for (String s : sources) {
            if (s.startsWith("http://") || s.startsWith("https://")) {
                url(s, reader);
            } else {
                file(s, reader);
            }
        }
    }

    private void file(String source, StatuspageReader reader) throws ImportFailure {
        Path p = cwd.resolve(source);
        try {
            if (Files.isDirectory(p)) {
                List<Path> files;
                try (Stream<Path> list = Files.list(p)) {
                    files = list.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
                }
                if (files.isEmpty()) {
                    throw new ImportFailure(source + ": a folder without .json files");
                }
                for (Path f : files) {
                    reader.read(source.replaceAll("/+$", "") + "/" + f.getFileName(), Files.readString(f, StandardCharsets.UTF_8));
                }
            } else if (Files.isRegularFile(p)) {
                reader.read(source, Files.readString(p, StandardCharsets.UTF_8));
            } else {
                throw new ImportFailure(source + ": no such file or folder (give a Statuspage JSON file, a folder of them or an https:// URL)");
            }
        } catch (IOException e) {
            throw new ImportFailure(source + ": cannot read: " + e.getMessage());
        }
    }

    private URI checked(String source) throws ImportFailure {
        URI uri;
        try {
            uri = new URI(source);
        } catch (URISyntaxException e) {
            throw new ImportFailure(source + ": not a URL: " + e.getReason());
        }
        boolean loopback = "127.0.0.1".equals(uri.getHost());
        if (uri.getHost() == null || !"https".equals(uri.getScheme()) && !(loopbackHttp && loopback)) {
            throw new ImportFailure(source + ": only https:// URLs are read (the history and the key must not travel in the clear)");
        }
        return uri;
    }

    private void url(String source, StatuspageReader reader) throws ImportFailure, InterruptedException {
        URI uri = checked(source);
        if (!V1.matcher(uri.getPath() == null ? "" : uri.getPath()).matches()) {
            reader.read(source, get(source, uri, false));
            return;
        }
        if (key.value() == null || key.value().isBlank()) {
            throw new ImportFailure(source + ": the v1 API needs a key: put it in an environment variable and name it with --api-key-env"
                    + (key.variable() == null ? "" : " (" + key.variable() + " is not set or empty)"));
        }
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (int n = 1; n <= MAX_PAGES; n++) {
            String sep = uri.getQuery() == null ? "?" : "&";
            String pageSource = source + sep + "page=" + n + "&per_page=" + PER_PAGE + "&limit=" + PER_PAGE;
            JsonNode page = StatuspageReader.parse(pageSource, get(pageSource, URI.create(pageSource), true));
            if (!page.isArray()) {
                throw new ImportFailure(pageSource + ": $: expected a list (the v1 API answers with a list of incidents)");
            }
            if (page.isEmpty()) {
                if (duplicates > 0) {
                    reader.note(source + ": " + duplicates + " incident(s) listed on two pages, imported once");
                }
                return;
            }
            ArrayNode fresh = JsonNodeFactory.instance.arrayNode();
            for (JsonNode item : page) {
                JsonNode id = item.get("id");
                if (id == null || seen.add(id.asText())) {
                    fresh.add(item);
                } else {
                    duplicates++;
                }
            }
            reader.read(pageSource, fresh);
            if (uri.getHost().equals("api.statuspage.io")) {
                Thread.sleep(1000); // Statuspage allows one request per second per key
            }
        }
        throw new ImportFailure(source + ": more than " + MAX_PAGES + " pages; is the server ignoring page=?");
    }

    private String get(String source, URI uri, boolean authorized) throws ImportFailure, InterruptedException {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (authorized) {
            request.header("Authorization", "OAuth " + key.value());
        }
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ImportFailure(source + ": cannot fetch: " + e);
            }
            int status = response.statusCode();
            if ((status == 420 || status == 429) && attempt < RETRIES) {
                Thread.sleep(2000L * attempt); // rate limited: wait and try again
                continue;
            }
            if (status == 401 || status == 403) {
                throw new ImportFailure(source + ": HTTP " + status + ": the key was refused; check the key in "
                        + (key.variable() == null ? "the environment" : key.variable()));
            }
            if (status != 200) {
                throw new ImportFailure(source + ": HTTP " + status + " (expected 200)");
            }
            return response.body();
        }
    }
}
