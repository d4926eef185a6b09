package herald.announce;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The manifest of the site that was live before this deploy, or why there is none. No previous
 * manifest means a first deploy (or the first with announcing): nothing is sent, since every
 * update would look new.
 *
 * @param source  the folder, file or URL that was read
 * @param absence why there is no manifest, when there is none
 */
public record PreviousManifest(Optional<Manifest> manifest, String source, String absence) {
    public PreviousManifest {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(source, "source");
        if (manifest.isEmpty() && absence == null) {
            throw new IllegalArgumentException("say why there is no previous manifest");
        }
    }

    public static PreviousManifest found(Manifest m, String source) {
        return new PreviousManifest(Optional.of(m), source, null);
    }

    public static PreviousManifest none(String source, String absence) {
        return new PreviousManifest(Optional.empty(), source, absence);
    }

    /**
     * Keeps the live site's manifest for after the deploy (which replaces it): a pipeline fetches
     * it before deploying and announces from the folder after. An absent manifest writes nothing,
     * so the later run sees a first deploy too.
     *
     * @return the file written, if any
     */
    public Optional<Path> saveTo(Path folder) throws IOException {
        if (manifest.isEmpty()) {
            return Optional.empty();
        }
        Path file = folder.resolve(Manifest.PATH);
        Files.createDirectories(file.getParent());
        Files.write(file, ManifestJson.write(manifest.get()));
        return Optional.of(file);
    }

    /** {@code --previous}: an http(s) URL of the live site (or of its manifest), else a folder or file. */
    public static PreviousManifest read(String location, Path workingDir, Duration timeout) throws AnnounceException {
        String lower = location.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                return fromUrl(URI.create(location), timeout);
            } catch (IllegalArgumentException e) {
                throw new AnnounceException("--previous " + location + ": not a valid URL (" + e.getMessage() + ")");
            }
        }
        return fromFolder(workingDir.resolve(location));
    }

    /** A previous site folder (or its manifest file): missing is a first deploy. */
    public static PreviousManifest fromFolder(Path folderOrFile) throws AnnounceException {
        Path file = Files.isDirectory(folderOrFile) ? folderOrFile.resolve(Manifest.PATH) : folderOrFile;
        String shown = file.toString().replace('\\', '/');
        try {
            return found(ManifestJson.read(Files.readAllBytes(file), shown), shown);
        } catch (NoSuchFileException e) {
            return none(shown, Files.isDirectory(folderOrFile)
                    ? "the previous site has no " + Manifest.PATH + " (built before announcing, or never published)"
                    : "no previous site at " + folderOrFile.toString().replace('\\', '/'));
        } catch (IOException e) {
            throw new AnnounceException(shown + ": cannot read the previous manifest (" + e.getMessage() + ")", e);
        }
    }

    /** The live site: its base URL (the manifest's path is added) or the manifest's own URL. 404 or 410 is a first deploy. */
    public static PreviousManifest fromUrl(URI url, Duration timeout) throws AnnounceException {
        URI target = url.getPath() != null && url.getPath().endsWith(".json") ? url
                : URI.create(url.toString().endsWith("/") ? url.toString() : url + "/").resolve(Manifest.PATH);
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(target).timeout(timeout).header("Accept", "application/json")
                .header("Cache-Control", "no-cache").GET().build(); // a CDN copy a minute old would repeat news
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AnnounceException(target + ": cannot fetch the previous manifest (" + NetworkErrors.describe(e)
                    + "); nothing was announced. Check --previous, or run again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnnounceException(target + ": interrupted while fetching the previous manifest", e);
        }
        int status = response.statusCode();
        if (status == 404 || status == 410) {
            return none(target.toString(), "the live site has no " + Manifest.PATH + " (HTTP " + status + ")");
        }
        if (status / 100 != 2) {
            throw new AnnounceException(target + ": HTTP " + status + " while fetching the previous manifest; nothing was"
                    + " announced (a missing manifest must answer 404, the first deploy)");
        }
        try {
            return found(ManifestJson.read(response.body(), target.toString()), target.toString());
        } catch (AnnounceException e) {
            throw new AnnounceException(e.getMessage() + ". A host that answers a missing file with a page (HTTP 200) hides"
                    + " the first deploy: deploy once with announcing, then the manifest is there");
        }
    }
}
