package herald.cli;

import herald.diag.DisplayPath;
import herald.init.Scaffold;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * --force, and how init and theme eject write their files with it: never over a file that exists
 * (listed, exit 1) unless --force.
 */
final class NewFiles {
    @Option(names = "--force", description = "Replace files that already exist.")
    boolean force;

    void write(Scaffold files, Path target, CommandIo io) throws IOException {
        List<String> existing = files.existing(target);
        if (!existing.isEmpty() && !force) {
            existing.forEach(p -> io.out().println(DisplayPath.of(io.env.cwd(), target.resolve(p))));
            throw new UserError("refusing to overwrite " + existing.size() + " file(s) in " + DisplayPath.of(io.env.cwd(), target)
                    + " (listed above); pass --force to replace them", ExitCodes.REFUSED);
        }
        files.write(target);
    }
}
