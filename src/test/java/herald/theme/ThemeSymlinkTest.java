package herald.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Fixtures;
import herald.TestSite;
import herald.TestSite.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A symbolic link in a theme folder that resolves outside it is refused: the build stops with the
 * file named (exit 2) and the previous site stays as it was, so no file of the machine can reach
 * the site. Links that stay inside the theme are fine.
 */
class ThemeSymlinkTest {
    static final String NOW = "2026-11-27T00:00:00Z";
    static final String SECRET = "db_password=hunter2\n";

    /** The status repository and, beside it, a folder outside it (one temporary folder holds both). */
    @TempDir
    Path root;
    Path dir;
    Path outside;

    SortedMap<String, byte[]> before;

    @BeforeEach
    void aBuiltSite() throws IOException {
        dir = Files.createDirectories(root.resolve("repo"));
        outside = Files.createDirectories(root.resolve("elsewhere"));
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
        TestSite.put(dir, "themes/default/assets/style.css", "/* the team's */\n");
        assertEquals(0, TestSite.build(dir, NOW).exitCode());
        before = TestSite.files(dir.resolve("site"));
        Files.writeString(outside.resolve("secrets.env"), SECRET);
    }

    private void assertRefusedAndUntouched(Run run, String message) throws IOException {
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals("herald: build stopped: " + message + "; the previous site is untouched\n", run.err());
        SortedMap<String, byte[]> after = TestSite.files(dir.resolve("site"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((p, b) -> assertTrue(java.util.Arrays.equals(b, after.get(p)), p + " changed"));
    }

    @Test
    void aFileLinkOutOfTheThemeIsRefusedNamingTheFile() throws IOException {
        Path link = dir.resolve("themes/default/assets/secrets.txt");
        Files.createSymbolicLink(link, outside.resolve("secrets.env"));
        Run run = TestSite.build(dir, NOW);
        assertRefusedAndUntouched(run, "theme file themes/default/assets/secrets.txt is a symbolic link to "
                + outside.resolve("secrets.env").toRealPath() + ", outside the theme folder themes/default; copy the file into the theme instead");
    }

    @Test
    void aFolderLinkOutOfTheThemeIsRefused() throws IOException {
        Files.createSymbolicLink(dir.resolve("themes/default/assets/shared"), outside);
        Run run = TestSite.build(dir, NOW);
        assertRefusedAndUntouched(run, "theme folder themes/default/assets/shared is a symbolic link to " + outside.toRealPath()
                + ", outside the theme folder themes/default; copy the file into the theme instead");
    }

    @Test
    void aTemplateLinkOutOfAThemeGivenWithThemeIsRefused() throws IOException {
        Path theme = dir.resolve("look");
        Files.createDirectories(theme.resolve("templates"));
        Files.writeString(outside.resolve("index.ftlh"), "${page.title}");
        Files.createSymbolicLink(theme.resolve("templates/index.ftlh"), outside.resolve("index.ftlh"));
        Run run = TestSite.build(dir, NOW, "--theme", "look");
        assertRefusedAndUntouched(run, "theme file look/templates/index.ftlh is a symbolic link to " + outside.resolve("index.ftlh").toRealPath()
                + ", outside the theme folder look; copy the file into the theme instead");
    }

    @Test
    void aLinkBetweenFilesOfTheThemeIsFollowed() throws IOException {
        Files.createDirectories(dir.resolve("themes/default/assets/css"));
        Files.createSymbolicLink(dir.resolve("themes/default/assets/css/site.css"), Path.of("../style.css"));
        Run run = TestSite.build(dir, NOW);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("/* the team's */\n", Files.readString(dir.resolve("site/assets/css/site.css")));
    }

    @Test
    void aThemeFolderThatIsItselfALinkIsTheFolderItPointsTo() throws IOException {
        TestSite.put(outside, "shared-theme/assets/style.css", "/* shared */\n");
        Files.createDirectories(dir.resolve("themes"));
        Files.createSymbolicLink(dir.resolve("themes/initech"), outside.resolve("shared-theme"));
        Run run = TestSite.build(dir, NOW, "--theme", "initech");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("/* shared */\n", Files.readString(dir.resolve("site/assets/style.css")));
    }

    @Test
    void noSecretEverReachesTheSite() throws IOException {
        Files.createSymbolicLink(dir.resolve("themes/default/assets/secrets.txt"), outside.resolve("secrets.env"));
        TestSite.build(dir, NOW);
        for (byte[] bytes : TestSite.files(dir.resolve("site")).values()) {
            assertFalse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains("hunter2"));
        }
    }
}
