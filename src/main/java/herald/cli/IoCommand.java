package herald.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * What every command but the authoring ones starts from: --help and --version, and its {@link CommandIo}.
 * picocli merges a superclass's {@code @Command} attributes and mixins into each subclass's own.
 */
@Command(mixinStandardHelpOptions = true)
abstract class IoCommand implements Callable<Integer> {
    @Mixin
    CommandIo io;
}
