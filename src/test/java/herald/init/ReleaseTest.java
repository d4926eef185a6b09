package herald.init;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** What herald --version says about a build made from a git checkout, and from a tree without git. */
class ReleaseTest {
    private static Release read(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return Release.from(p);
    }

    @Test
    void aCheckoutBuildKnowsItsCommit() throws IOException {
        assertEquals(new Release("0.1.0", "6c61c612b7", "herald-status/herald"),
                read("version=0.1.0\ncommit=6c61c612b7\nrepository=herald-status/herald\n"));
    }

    @Test
    void aBuildWithoutGitSaysUnknown() throws IOException {
        // the pom's default when the git plugin finds no repository or no git binary
        assertEquals("unknown", read("version=0.1.0\ncommit=unknown\n").commit());
        // a build that did not filter the resource at all
        assertEquals(new Release("dev", "unknown", "herald-status/herald"), read("version=${project.version}\ncommit=${git.commit.id.abbrev}\n"));
    }
}
