package herald.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.TestSite;
import herald.publishing.ShellWords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first steps: the two set-up commands of a clone, then "Your own status page" in at most five commands that work. */
class ReadmeTest {
    static final Pattern BLOCK = Pattern.compile("(?s)```sh\n(.*?)```");

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }

    @Test
    void theFirstCodeBlockIsTheTwoSetUpCommandsOfAClone() throws IOException {
        Matcher m = BLOCK.matcher(readme());
        assertTrue(m.find());
        assertEquals(List.of("./herald build", "mvn -B verify"), m.group(1).lines().map(l -> l.replaceFirst("\\s*#.*", "")).toList());
    }

    @Test
    void yourOwnStatusPageFollowsAtOnceInAtMostFiveCommandsThatWork(@TempDir Path dir) throws IOException {
        String readme = readme();
        Matcher first = BLOCK.matcher(readme);
        assertTrue(first.find());
        String after = readme.substring(first.end()).stripLeading();
        assertTrue(after.startsWith("## Your own status page\n"), after.substring(0, 80));
        Matcher own = BLOCK.matcher(after);
        assertTrue(own.find());
        List<String> commands = own.group(1).lines().filter(l -> !l.isBlank()).toList();
        assertTrue(commands.size() <= 5, commands.toString());
        Release r = Release.current();
        assertTrue(commands.get(0).contains("https://github.com/" + r.repository() + "/releases/download/v" + r.version() + "/herald-"
                + r.version() + ".tar.gz"), "the bundle of this release: " + commands.get(0));
        List<List<String>> herald = ShellWords.heraldCommands(own.group(1), name -> "$" + name);
        assertEquals("init", herald.get(0).get(0));
        TestSite.Run init = TestSite.run(dir, herald.get(0).toArray(String[]::new));
        assertEquals(0, init.exitCode(), init.out() + init.err());
        Path repo = dir.resolve(herald.get(0).get(1));
        assertEquals(List.of("build"), herald.get(1));
        assertEquals(0, TestSite.run(repo, "build").exitCode(), "the README's build works in what its init wrote");
    }
}
