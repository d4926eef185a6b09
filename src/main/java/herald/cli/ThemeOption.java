package herald.cli;

import picocli.CommandLine.Option;

/** --theme, for the commands that render (build and serve); {@link ThemeLocator} says which folder it names. */
final class ThemeOption {
    @Option(names = "--theme", paramLabel = "DIR|NAME",
            description = "A theme folder whose templates/ and assets/ replace the built-in theme's file by file; NAME means "
                    + "themes/NAME (default: themes/default when it exists, else the built-in theme alone).")
    String name;
}
