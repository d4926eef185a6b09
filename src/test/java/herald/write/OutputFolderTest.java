package herald.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
 * Issue 12, defect 1: {@code herald build --out .} exited 0 after replacing the whole project
 * folder with the site, and {@code --out content} replaced the content folder. The output folder
 * is now never an input folder, one that holds an input, or one Herald did not write: refused
 * with exit 2 before anything is read or written.
 */
class OutputFolderTest {
    @TempDir
    Path root;
    Path project;

    private static final String NOW = "2026-11-27T14:30:00Z";

    @BeforeEach
    void project() throws IOException {
        project = root.resolve("status");
        TestSite.write(project, Fixtures.site(Fixtures.INCIDENT) + "-- README.md --\n# Our status site\n-- notes/plan.txt --\nkeep me\n");
        Files.createDirectories(project.resolve(".git"));
        Files.writeString(project.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    }

    /** Builds with --out and asserts the refusal, and that not one byte of the project changed. */
    private String refused(Path cwd, String... args) throws IOException {
        SortedMap<String, byte[]> before = TestSite.files(root);
        String[] all = new String[args.length + 4];
        System.arraycopy(new String[] {"build", "--now", NOW, "--out"}, 0, all, 0, 4);
        System.arraycopy(args, 0, all, 4, args.length);
        Run run = TestSite.run(cwd, all);
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals("", run.out(), "refused before the lint ran");
        SortedMap<String, byte[]> after = TestSite.files(root);
        assertEquals(before.keySet(), after.keySet(), "no file appeared or vanished");
        for (String k : before.keySet()) {
            assertArrayEquals(before.get(k), after.get(k), k);
        }
        try (var s = Files.list(root)) {
            assertEquals(1, s.count(), "nothing was staged beside the project");
        }
        return run.err();
    }

    private String theme() throws IOException {
        Path theme = project.resolve("themes/default");
        if (!Files.exists(theme)) {
            TestSite.copyTree(TestSite.THEME, theme);
        }
        return "themes/default";
    }

    @Test
    void theProjectFolderItself() throws IOException {
        assertEquals("herald: the output folder \".\" is the root of the repository that holds the content (.); Herald replaces the"
                + " output folder whole, so it must be a folder of its own: pass another --out, such as site\n",
                refused(project, ".", "--theme", TestSite.THEME.toString()));
    }

    @Test
    void theContentFolder() throws IOException {
        assertEquals("herald: the output folder \"content\" is the content folder (content); Herald replaces the output folder whole,"
                + " so it must be a folder of its own: pass another --out, such as site\n", refused(project, "content", "--theme", theme()));
    }

    @Test
    void aFolderInsideTheContentOrTheTheme() throws IOException {
        assertTrue(refused(project, "content/site", "--theme", theme()).startsWith(
                "herald: the output folder \"content/site\" is inside the content folder (content); pass an --out outside it"));
        assertTrue(refused(project, "themes/default/assets/site", "--theme", theme()).startsWith(
                "herald: the output folder \"themes/default/assets/site\" is inside the theme folder (themes/default);"));
    }

    @Test
    void theThemeFolderOrOneThatHoldsAnInput() throws IOException {
        assertTrue(refused(project, "themes/default", "--theme", theme()).startsWith(
                "herald: the output folder \"themes/default\" is the theme folder (themes/default);"));
        assertTrue(refused(project, "themes", "--theme", theme()).startsWith(
                "herald: the output folder \"themes\" holds the theme folder (themes/default);"));
        assertTrue(refused(project, "..", "--theme", theme()).startsWith("herald: the output folder \"" + root + "\" holds the content folder"));
    }

    @Test
    void aLinkToAnInputIsSeenThrough() throws IOException {
        Files.createSymbolicLink(project.resolve("public"), project.resolve("content"));
        assertTrue(refused(project, "public", "--theme", TestSite.THEME.toString()).startsWith(
                "herald: the output folder \"public\" is the content folder (content);"));
    }

    @Test
    void aFolderHeraldDidNotWrite() throws IOException {
        for (String name : new String[] {"index.php", "notes.txt", "style.css", "uploads"}) {
            TestSite.put(project, "public/" + name, "theirs");
        }
        assertEquals("herald: the output folder \"public\" holds files Herald did not write (index.php, notes.txt, style.css and 1 more);"
                + " Herald replaces only a folder that is missing, empty, or written by Herald (it holds .herald-site): pass another --out,"
                + " or empty the folder\n", refused(project, "public", "--theme", TestSite.THEME.toString()));
        assertTrue(refused(project, "README.md", "--theme", TestSite.THEME.toString()).contains("exists and is not a folder"));
    }

    @Test
    void theCommittedPlaceholderAnEmptyFolderAndHeraldsOwnSiteAreReplaced() throws IOException {
        TestSite.put(project, "site/.gitignore", "*\n!.gitignore\n");
        Files.createDirectories(project.resolve("empty"));
        for (String out : new String[] {"site", "empty", "fresh/new/site"}) {
            Run first = TestSite.build(project, NOW, "--out", out);
            assertEquals(0, first.exitCode(), out + ": " + first.out() + first.err());
            assertTrue(Files.isRegularFile(project.resolve(out + "/.herald-site")), "every site is marked");
            Run again = TestSite.build(project, NOW, "--out", out);
            assertEquals(0, again.exitCode(), out + " again: " + again.err());
        }
        assertEquals("*\n!.gitignore\n", Files.readString(project.resolve("site/.gitignore")), "the placeholder is kept");
    }

    @Test
    void aSiteWhoseMarkerWasRemovedIsNoLongerReplaced() throws IOException {
        assertEquals(0, TestSite.build(project, NOW).exitCode());
        Files.delete(project.resolve("site/.herald-site"));
        Run run = TestSite.build(project, NOW);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("herald: the output folder \"site\" holds files Herald did not write (404.html, _headers, api and"),
                run.err());
        assertTrue(Files.exists(project.resolve("site/index.html")));
    }

    @Test
    void theWriterItselfRefusesAFolderItDidNotWrite() throws IOException {
        TestSite.put(project, "public/index.php", "theirs");
        var e = org.junit.jupiter.api.Assertions.assertThrows(OutputFolder.Refused.class,
                () -> SiteWriter.replace(project.resolve("public"), java.util.List.of(herald.render.OutputFile.text("index.html", "x"))));
        assertTrue(e.getMessage().contains("holds files Herald did not write (index.php)"), e.getMessage());
        assertEquals("theirs", Files.readString(project.resolve("public/index.php")));
        assertFalse(Files.exists(project.resolve(StagingArea.NAME)));
    }
}
