package herald.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Fixtures;
import herald.TestSite;
import herald.TestSite.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, defect 6, the content side: a link under content/ that leads out of the content
 * folder is refused with a finding naming it, and what it points at is never read (the theme side
 * is issue 11's). Links that stay inside the folder, and a content folder that is itself a link,
 * keep working.
 */
class ContentLinksTest {
    @TempDir
    Path dir;

    private static final String NOW = "2026-11-27T14:30:00Z";

    /** A valid incident outside the content folder: if it were read, it would lint clean and be published. */
    private Path outsideIncident() throws IOException {
        Path secret = dir.resolve("elsewhere/2026-11-22-secret.md");
        Files.createDirectories(secret.getParent());
        Files.writeString(secret, Fixtures.INCIDENT.replace("Slow and incomplete AI answers", "Secret from outside"));
        return secret;
    }

    @Test
    void aFileLinkLeavingTheContentFolderIsAFindingAndIsNotRead() throws IOException {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
        Path secret = outsideIncident();
        Files.createSymbolicLink(dir.resolve("content/incidents/2026-11-22-leak.md"), secret);
        Run lint = TestSite.run(dir, "lint", "--now", NOW);
        assertEquals(1, lint.exitCode(), lint.out() + lint.err());
        assertEquals(List.of("content/incidents/2026-11-22-leak.md:1:1: error [invalid-value] this file is a link to " + secret.toRealPath()
                + ", outside the content folder; Herald reads only what is inside content: put the file itself there instead of a link"),
                lint.findings());
        Run build = TestSite.build(dir, NOW);
        assertEquals(1, build.exitCode());
        assertFalse(Files.exists(dir.resolve("site")));
        assertFalse((build.out() + build.err()).contains("Secret from outside"));
    }

    @Test
    void aFolderLinkLeavingIt() throws IOException {
        TestSite.write(dir, "-- content/site.yaml --\n" + Fixtures.SITE);
        Path secret = outsideIncident();
        Files.createSymbolicLink(dir.resolve("content/incidents"), secret.getParent());
        Run lint = TestSite.run(dir, "lint", "--now", NOW);
        assertEquals(List.of("content/incidents:1:1: error [invalid-value] this folder is a link to " + secret.getParent().toRealPath()
                + ", outside the content folder; Herald reads only what is inside content: put the folder itself there instead of a link"),
                lint.findings());
        assertEquals(1, lint.exitCode());
    }

    @Test
    void siteYamlAsALinkLeavingIt() throws IOException {
        Files.createDirectories(dir.resolve("content"));
        Path elsewhere = dir.resolve("elsewhere.yaml");
        Files.writeString(elsewhere, Fixtures.SITE);
        Files.createSymbolicLink(dir.resolve("content/site.yaml"), elsewhere);
        Run lint = TestSite.run(dir, "lint", "--now", NOW);
        assertEquals(1, lint.exitCode(), lint.out() + lint.err());
        assertTrue(lint.findings().get(0).startsWith("content/site.yaml:1:1: error [invalid-value] this file is a link to "), lint.out());
    }

    @Test
    void linksThatStayInsideAndALinkedContentFolderKeepWorking() throws IOException {
        Path real = dir.resolve("real-content");
        TestSite.write(real, "-- site.yaml --\n" + Fixtures.SITE + "-- archive/2026-11-20-slow-answers.md --\n" + Fixtures.INCIDENT);
        Files.createDirectories(real.resolve("incidents"));
        Files.createSymbolicLink(real.resolve("incidents/2026-11-20-slow-answers.md"), Path.of("../archive/2026-11-20-slow-answers.md"));
        Files.createSymbolicLink(dir.resolve("content"), real);
        Run build = TestSite.build(dir, NOW);
        assertEquals(0, build.exitCode(), build.out() + build.err());
        assertTrue(Files.exists(dir.resolve("site/incidents/2026-11-20-slow-answers/index.html")));
    }

    @Test
    void aMessageTemplateLinkLeavingItIsRefusedByTheAuthoringCommands() throws IOException {
        TestSite.write(dir, "-- content/site.yaml --\n" + Fixtures.SITE);
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "the contents of a private file");
        Files.createDirectories(dir.resolve("content/templates"));
        Files.createSymbolicLink(dir.resolve("content/templates/initial.txt"), secret);
        Run run = TestSite.run(dir, "new", "Slow answers", "--severity", "S3", "--components", "answers-api");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith("herald: content/templates/initial.txt is a link to " + secret.toRealPath() + ", outside the content folder"),
                run.err());
        assertFalse(Files.exists(dir.resolve("content/incidents")));
    }
}
