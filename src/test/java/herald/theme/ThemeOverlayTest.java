package herald.theme;

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
import java.util.SortedMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme as a status repository meets it: built into Herald, replaced file by file by
 * themes/NAME/ (or --theme DIR), copied out by `herald theme eject`.
 */
class ThemeOverlayTest {
    static final String NOW = "2026-11-27T00:00:00Z";

    @TempDir
    Path dir;

    @BeforeEach
    void site() {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
    }

    private Run build(String... more) {
        return TestSite.build(dir, NOW, more);
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(dir.resolve("site").resolve(path).toFile(), "UTF-8");
    }

    private static byte[] builtIn(String path) throws IOException {
        return ThemeLoader.builtIn().get(path);
    }

    @Test
    void aRepositoryWithoutThemesBuildsWithTheThemeInsideHerald() throws IOException {
        assertFalse(Files.exists(dir.resolve("themes")));
        Run run = build();
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertArrayEquals(builtIn("assets/style.css"), Files.readAllBytes(dir.resolve("site/assets/style.css")));
        assertEquals("Slow and incomplete AI answers", page("incidents/2026-11-20-slow-answers/index.html").select("h1").text());
    }

    @Test
    void theBuiltInThemeHasEveryTemplateAndTheStylesheet() throws IOException {
        SortedMap<String, byte[]> files = ThemeLoader.builtIn();
        assertEquals(java.util.List.of("assets/style.css", "templates/404.ftlh", "templates/component.ftlh", "templates/history.ftlh",
                "templates/incident.ftlh", "templates/index.ftlh", "templates/layout.ftlh", "templates/maintenance.ftlh"),
                java.util.List.copyOf(files.keySet()));
    }

    @Test
    void aTemplateInThemesDefaultReplacesOnlyThatTemplate() throws IOException {
        TestSite.put(dir, "themes/default/templates/index.ftlh",
                "<#import \"layout.ftlh\" as l><!doctype html><html><body><h1 id=\"custom\">Initech status</h1></body></html>\n");
        Run run = build();
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals("Initech status", page("index.html").select("h1#custom").text());
        // the incident page still comes from the built-in templates, and the stylesheet too
        Document incident = page("incidents/2026-11-20-slow-answers/index.html");
        assertEquals("Slow and incomplete AI answers", incident.select("h1").text());
        assertFalse(incident.select("link[rel=stylesheet]").isEmpty());
        assertArrayEquals(builtIn("assets/style.css"), Files.readAllBytes(dir.resolve("site/assets/style.css")));
    }

    @Test
    void anAssetReplacesTheBuiltInOneAndNewAssetsAreCopied() throws IOException {
        TestSite.put(dir, "themes/default/assets/style.css", "body { color: #123456; }\n");
        TestSite.put(dir, "themes/default/assets/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        Run run = build();
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals("body { color: #123456; }\n", Files.readString(dir.resolve("site/assets/style.css")));
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", Files.readString(dir.resolve("site/assets/img/logo.svg")));
        assertEquals("Slow and incomplete AI answers", page("incidents/2026-11-20-slow-answers/index.html").select("h1").text());
    }

    @Test
    void themeNameMeansAFolderUnderThemes() throws IOException {
        TestSite.put(dir, "themes/initech/assets/style.css", "/* initech */\n");
        TestSite.put(dir, "themes/default/assets/style.css", "/* default */\n");
        assertEquals(0, build("--theme", "initech").exitCode());
        assertEquals("/* initech */\n", Files.readString(dir.resolve("site/assets/style.css")));
        assertEquals(0, build().exitCode());
        assertEquals("/* default */\n", Files.readString(dir.resolve("site/assets/style.css")), "themes/default is used by itself");
    }

    @Test
    void themeTakesAFolderAnywhere(@TempDir Path elsewhere) throws IOException {
        TestSite.put(elsewhere, "look/assets/style.css", "/* elsewhere */\n");
        Run run = build("--theme", elsewhere.resolve("look").toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals("/* elsewhere */\n", Files.readString(dir.resolve("site/assets/style.css")));
    }

    @Test
    void anUnknownThemeIsExitStatus2WithTheFix() {
        Run run = build("--theme", "initech");
        assertEquals(2, run.exitCode());
        assertEquals("herald: theme \"initech\" not found: no folder initech or themes/initech"
                + " (herald theme eject DIR copies the built-in theme out)\n", run.err());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void aThemeFolderWithoutTemplatesOrAssetsIsRefused() throws IOException {
        TestSite.put(dir, "themes/initech/README.md", "notes\n");
        Run run = build("--theme", "initech");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("herald: theme folder initech has neither templates/ nor assets/"), run.err());
    }

    @Test
    void aBrokenOverlayTemplateStopsTheBuildNamingIt() throws IOException {
        TestSite.put(dir, "themes/default/templates/incident.ftlh", "<#import \"layout.ftlh\" as l>${page.noSuchField.deeper}");
        Run run = build();
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("herald: build stopped: template incident.ftlh failed at line 1"), run.err());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void ejectWritesTheBuiltInThemeAndABuildFromItIsTheSame() throws IOException {
        Run eject = TestSite.run(dir, "theme", "eject");
        assertEquals(0, eject.exitCode(), eject.err());
        assertTrue(eject.out().startsWith("wrote 8 files to themes/default/"), eject.out());
        for (var e : ThemeLoader.builtIn().entrySet()) {
            assertArrayEquals(e.getValue(), Files.readAllBytes(dir.resolve("themes/default").resolve(e.getKey())), e.getKey());
        }
        assertEquals(0, build().exitCode());
        SortedMap<String, byte[]> ejected = TestSite.files(dir.resolve("site"));
        Files.writeString(dir.resolve("themes/default/templates/incident.ftlh"),
                Files.readString(dir.resolve("themes/default/templates/incident.ftlh")).replace("<h1>", "<h1 class=\"ejected\">"));
        assertEquals(0, build().exitCode());
        assertEquals(1, page("incidents/2026-11-20-slow-answers/index.html").select("h1.ejected").size(), "the edited copy is used");
        assertEquals(ejected.keySet(), TestSite.files(dir.resolve("site")).keySet());
    }

    @Test
    void ejectRefusesToOverwriteAndListsTheFilesUnlessForced() throws IOException {
        TestSite.put(dir, "themes/default/assets/style.css", "/* mine */\n");
        Run run = TestSite.run(dir, "theme", "eject");
        assertEquals(1, run.exitCode());
        assertEquals("themes/default/assets/style.css\n", run.out());
        assertEquals("herald: refusing to overwrite 1 file(s) in themes/default (listed above); pass --force to replace them\n", run.err());
        assertEquals("/* mine */\n", Files.readString(dir.resolve("themes/default/assets/style.css")));
        assertFalse(Files.exists(dir.resolve("themes/default/templates")), "nothing written");

        Run forced = TestSite.run(dir, "theme", "eject", "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertArrayEquals(builtIn("assets/style.css"), Files.readAllBytes(dir.resolve("themes/default/assets/style.css")));
    }

    @Test
    void ejectIntoANamedFolder() throws IOException {
        Run run = TestSite.run(dir, "theme", "eject", "themes/initech");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(new String(builtIn("templates/layout.ftlh"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("themes/initech/templates/layout.ftlh")));
        assertEquals(0, build("--theme", "initech").exitCode());
    }
}
