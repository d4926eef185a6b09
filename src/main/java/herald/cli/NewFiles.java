package herald.cli;

import herald.diag.DisplayPath;
import herald.init.Scaffold;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** How init and theme eject write their files: never over a file that exists (listed, exit 1) unless --force. */
final class NewFiles {
    private NewFiles() {
    }

    static void write(Scaffold files, Path target, boolean force, Environment env, PrintWriter out) throws IOException {
        List<String> existing = files.existing(target);
        if (!existing.isEmpty() && !force) {
            existing.forEach(p -> out.println(DisplayPath.of(env.cwd(), target.resolve(p))));
            throw new UserError("refusing to overwrite " + existing.size() + " file(s) in " + DisplayPath.of(env.cwd(), target)
                    + " (listed above); pass --force to replace them", ExitCodes.REFUSED);
        }
        files.write(target);
    }
}
