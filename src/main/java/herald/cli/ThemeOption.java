package herald.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --theme: the theme folder over the built-in theme, for the commands that render (build and serve). */
final class ThemeOption {
    @Option(names = "--theme", paramLabel = "DIR|NAME",
            description = "A theme folder whose templates/ and assets/ replace the built-in theme's file by file; NAME means "
                    + "themes/NAME (default: themes/default when it exists, else the built-in theme alone).")
    String name;

    /** The theme folder to overlay ({@link ThemeLocator#folder}), or null for the built-in theme alone. */
    Path folder(Environment env) {
        return ThemeLocator.folder(name, env);
    }

    /** Whether --theme was given. */
    boolean named() {
        return name != null;
    }
}
