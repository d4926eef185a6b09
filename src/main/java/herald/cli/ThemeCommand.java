package herald.cli;

import herald.diag.DisplayPath;
import herald.init.Scaffold;
import herald.theme.ThemeLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "theme",
        description = {"Customise the built-in theme with a folder of your own.",
            "The built-in theme ships inside Herald. A folder themes/NAME/ of your status repository replaces it "
            + "file by file: a template or asset of the same path is used instead of the built-in one, the rest still comes "
            + "from Herald. themes/default/ is used by itself; other names with --theme NAME."},
        subcommands = ThemeCommand.Eject.class,
        footer = {"  herald theme eject                  # copies the built-in theme to themes/default/ to customise it",
            "  herald theme eject themes/initech && herald build --theme initech"})
final class ThemeCommand extends GroupCommand {


    @Command(name = "eject",
            description = {"Copy the built-in theme into DIR for customising.",
                "Copies templates/*.ftlh and assets/. Keep the files you change and delete the others: whatever is missing still comes from Herald, so you get its fixes."},
            exitCodeList = {ExitCodes.LISTED_WRITTEN, "1:refused: DIR already holds some of the files (listed; --force replaces them)",
                "2:could not run (I/O failure)"},
            footer = {"  herald theme eject", "  herald theme eject themes/initech --force"})
    static final class Eject extends IoCommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ThemeLocator.DEFAULT_FOLDER,
                description = "Where to write the theme (default: ${DEFAULT-VALUE}).")
        Path dir;

        @Mixin
        NewFiles newFiles;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = io.out();
            Path target = io.env.cwd().resolve(dir);
            String shown = DisplayPath.of(io.env.cwd(), target);
            Scaffold theme = new Scaffold(ThemeLoader.builtIn(), Set.of());
            newFiles.write(theme, target, io);
            out.println("wrote " + theme.files().size() + " files to " + shown + "/: edit them, and delete the ones you do not"
                    + " change (Herald's own are used for what is missing)");
            return ExitCodes.OK;
        }
    }
}
