package herald.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.bundle.Bundle.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ci/install.sh, the install step of the GitHub Action and the GitLab template, against a release
 * served on 127.0.0.1 holding the real bundle: a good download is installed and then cached; a
 * checksum mismatch is refused clearly and installs nothing.
 */
class InstallScriptIT {
    static final Path SCRIPT = Path.of("ci/install.sh").toAbsolutePath();

    @TempDir
    Path tmp;
    Bundle bundle;
    ReleaseServer release;
    Path installs;
    String version;
    byte[] tarball;

    @BeforeEach
    void aRelease() throws IOException {
        bundle = Bundle.unpack(tmp); // for its tool links: the script runs with nothing else on PATH
        version = Bundle.version();
        tarball = Files.readAllBytes(Bundle.archive());
        release = new ReleaseServer();
        installs = tmp.resolve("tool-cache/herald");
    }

    @AfterEach
    void stop() throws IOException {
        release.close();
        bundle.close();
    }

    private void serve(byte[] tarball, byte[] checksumFile) {
        release.serve(version, "herald-" + version + ".tar.gz", tarball);
        release.serve(version, "herald-" + version + ".tar.gz.sha256", checksumFile);
    }

    private Result install(Path cwd, Map<String, String> more) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", bundle.tools.toString());
        env.put("HOME", tmp.resolve("home").toString());
        env.put("HERALD_HOME", installs.toString());
        env.put("HERALD_DOWNLOAD_URL", release.url(version));
        env.putAll(more);
        return Bundle.run(cwd, env, List.of(bundle.tools.resolve("sh").toString(), SCRIPT.toString()), Duration.ofMinutes(1));
    }

    private Result install() throws IOException {
        return install(tmp, Map.of("HERALD_VERSION", version));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aGoodDownloadIsInstalledAndThenCached() throws Exception {
        serve(tarball, Files.readAllBytes(Path.of(Bundle.archive() + ".sha256")));
        Result first = install();
        assertEquals(0, first.code(), first.toString());
        Path bin = installs.resolve(version).resolve("bin");
        assertEquals(bin + "\n", first.out(), "the folder to put on PATH");
        assertTrue(first.err().contains("herald install: installed herald " + version + " in " + installs.resolve(version)), first.err());
        assertEquals(List.of("/releases/download/v" + version + "/herald-" + version + ".tar.gz",
                "/releases/download/v" + version + "/herald-" + version + ".tar.gz.sha256"), release.requests);
        Map<String, String> env = bundle.environment(Bundle.currentJava(), tmp.resolve("home"));
        Result runs = Bundle.run(tmp, env, List.of(bin.resolve("herald").toString(), "--version"), Duration.ofMinutes(1));
        assertTrue(runs.out().startsWith("herald " + version + " (commit "), runs.toString());

        Result again = install();
        assertEquals(0, again.code(), again.toString());
        assertEquals(bin + "\n", again.out());
        assertEquals("herald install: herald " + version + " is installed in " + installs.resolve(version) + " (cached)\n", again.err());
        assertEquals(2, release.requests.size(), "nothing downloaded again: " + release.requests);
    }

    @Test
    void theVersionComesFromHeraldVersionInTheRepository() throws Exception {
        serve(tarball, (sha256(tarball) + "  herald-" + version + ".tar.gz\n").getBytes(StandardCharsets.US_ASCII));
        Path repo = Files.createDirectories(tmp.resolve("status"));
        Files.writeString(repo.resolve(".herald-version"), version + "\n");
        Result r = install(repo, Map.of());
        assertEquals(0, r.code(), r.toString());
        assertTrue(Files.isExecutable(installs.resolve(version).resolve("bin/herald")));
    }

    @Test
    void aChecksumMismatchIsRefusedAndInstallsNothing() throws Exception {
        String wrong = sha256("something else".getBytes(StandardCharsets.US_ASCII));
        serve(tarball, (wrong + "  herald-" + version + ".tar.gz\n").getBytes(StandardCharsets.US_ASCII));
        Result r = install();
        assertEquals(1, r.code(), r.toString());
        assertEquals("", r.out(), "no folder to put on PATH");
        assertTrue(r.err().endsWith("herald install: checksum mismatch for herald-" + version + ".tar.gz from " + release.url(version)
                + ": expected " + wrong + " (herald-" + version + ".tar.gz.sha256), got " + sha256(tarball) + "; nothing installed\n"), r.err());
        assertNothingInstalled();
    }

    @Test
    void aTamperedBundleIsRefused() throws Exception {
        byte[] tampered = tarball.clone();
        tampered[tampered.length / 2] ^= 0x5a;
        serve(tampered, Files.readAllBytes(Path.of(Bundle.archive() + ".sha256")));
        Result r = install();
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("checksum mismatch") && r.err().endsWith("; nothing installed\n"), r.err());
        assertNothingInstalled();
    }

    @Test
    void aMissingReleaseIsRefused() throws Exception {
        Result r = install();
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().endsWith("herald install: could not download " + release.url(version) + "/herald-" + version
                + ".tar.gz; nothing installed\n"), r.err());
        assertNothingInstalled();
    }

    @Test
    void aBadVersionIsRefusedBeforeAnyDownload() throws Exception {
        Result r = install(tmp, Map.of("HERALD_VERSION", "../../etc"));
        assertEquals(2, r.code(), r.toString());
        assertEquals("herald install: \"../../etc\" is not a version (e.g. 0.1.0)\n", r.err());
        assertEquals(List.of(), release.requests);
    }

    private void assertNothingInstalled() throws IOException {
        assertFalse(Files.exists(installs.resolve(version)), "nothing installed");
        try (Stream<Path> s = Files.list(installs)) {
            assertEquals(List.of(), s.toList(), "no download left behind");
        }
    }
}
