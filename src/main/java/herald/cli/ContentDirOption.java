package herald.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --content: the content folder, for every command that reads or writes content. */
final class ContentDirOption {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    /** The folder, resolved against the working directory. */
    Path resolve(Environment env) {
        return env.cwd().resolve(content);
    }
}
