package herald.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which theme folder overlays the built-in theme: --theme (a folder, or NAME for themes/NAME/ of
 * the working folder), else themes/default/ when the working folder has one, else none: the
 * built-in theme alone, from the jar.
 */
final class ThemeLocator {
    static final String DEFAULT_FOLDER = "themes/default";

    private ThemeLocator() {
    }

    /** The theme folder to overlay, or null for the built-in theme alone. */
    static Path folder(String option, Environment env) {
        if (option == null) {
            Path local = env.cwd().resolve(DEFAULT_FOLDER);
            return Files.isDirectory(local) ? local : null;
        }
        Path p = env.cwd().resolve(option);
        if (!Files.isDirectory(p) && !option.contains("/") && !option.contains("\\")) {
            p = env.cwd().resolve("themes").resolve(option);
        }
        if (!Files.isDirectory(p)) {
            throw new UserError("theme \"" + option + "\" not found: no folder " + option
                    + (option.contains("/") ? "" : " or themes/" + option) + " (herald theme eject DIR copies the built-in theme out)");
        }
        if (!Files.isDirectory(p.resolve("templates")) && !Files.isDirectory(p.resolve("assets"))) {
            throw new UserError("theme folder " + option + " has neither templates/ nor assets/; a theme folder holds the files"
                    + " that replace the built-in ones (herald theme eject " + option + " writes them all)");
        }
        return p;
    }
}
