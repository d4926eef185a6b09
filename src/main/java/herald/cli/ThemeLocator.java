package herald.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the theme: --theme, else themes/default in the working folder, else the one beside the jar. */
final class ThemeLocator {
    private ThemeLocator() {
    }

    static Path resolve(Path option, Environment env) {
        if (option != null) {
            Path p = env.cwd().resolve(option);
            if (!Files.isDirectory(p.resolve("templates"))) {
                throw new UserError("theme " + option + " has no templates/ folder");
            }
            return p;
        }
        Path local = env.cwd().resolve("themes/default");
        if (Files.isDirectory(local.resolve("templates"))) {
            return local;
        }
        try {
            // target/herald.jar -> the project folder that holds themes/default
            Path jar = Path.of(ThemeLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("themes/default");
                if (Files.isDirectory(candidate.resolve("templates"))) {
                    return candidate;
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the error below
        }
        throw new UserError("no theme found: pass --theme DIR (a folder with templates/ and assets/)");
    }
}
