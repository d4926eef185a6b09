package herald.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.bundle.Bundle.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * herald import from the release bundle, in a fresh status repository outside this one: Statuspage
 * responses (a summary and an incidents list, real ones) and a cState site are imported, re-importing
 * changes nothing, and the repository lints and builds.
 */
class ImportIT {
    @TempDir
    Path tmp;

    @Test
    void importFromTheBundleInAFreshRepository() throws Exception {
        try (Bundle bundle = Bundle.unpack(tmp)) {
            Path home = Files.createDirectories(tmp.resolve("home"));
            Map<String, String> env = new LinkedHashMap<>(bundle.environment(Bundle.currentJava(), home));
            env.put("HERALD_ARCHIVE", "off");
            Result init = bundle.herald(tmp, env, "init", "moving", "--title", "Moving Status", "--base-url", "https://status.moving.example/",
                    "--components", "API", "--host", "github-pages");
            assertEquals(0, init.code(), init.toString());
            Path repo = tmp.resolve("moving");
            Path sources = Files.createDirectories(tmp.resolve("old"));
            Files.copy(Path.of("/work/shared/fixtures/statuspage/incidents-resolved.json"), sources.resolve("incidents.json"));
            Files.copy(Path.of("/work/shared/fixtures/statuspage/summary-with-incident-and-maintenance.json"), sources.resolve("summary.json"));
            herald.TestSite.copyTree(Path.of("src/test/resources/cstate/site"), tmp.resolve("cstate"));

            Result statuspage = bundle.herald(repo, env, "import", "statuspage", "../old/summary.json", "../old/incidents.json");
            assertEquals(0, statuspage.code(), statuspage.toString());
            assertTrue(statuspage.out().contains("import: 4 written, 0 updated, 0 unchanged, 0 skipped"), statuspage.out());
            Result cstate = bundle.herald(repo, env, "import", "cstate", "../cstate");
            assertEquals(0, cstate.code(), cstate.toString());
            assertTrue(cstate.out().contains("import: 8 written"), cstate.out());
            Result again = bundle.herald(repo, env, "import", "statuspage", "../old/incidents.json", "../old/summary.json");
            assertTrue(again.out().contains("import: 0 written, 0 updated, 3 unchanged, 0 skipped"), again.toString());
            String site = Files.readString(repo.resolve("content/site.yaml"));
            assertTrue(site.contains("title: Moving Status") && site.contains("id: api"), "init's site.yaml is kept: " + site);
            assertTrue(site.contains("name: Market data"), site);

            Result lint = bundle.herald(repo, env, "lint");
            assertEquals(0, lint.code(), lint.toString());
            Result build = bundle.herald(repo, env, "build");
            assertEquals(0, build.code(), build.toString());
            assertTrue(Files.isRegularFile(repo.resolve("site/index.html")));
            assertTrue(Files.list(repo.resolve("content/incidents")).count() >= 8);
        }
    }
}
