package herald.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * What the authoring commands start from: --help and --version, {@link AuthorSupport} (--content,
 * --at, the Author and the printing) and the exit codes they share (a command whose "could not run"
 * says more declares its own list).
 */
@Command(mixinStandardHelpOptions = true,
        exitCodeList = {ExitCodes.LISTED_WRITTEN, ExitCodes.LISTED_REFUSED_BY_LINT, "2:could not run"})
abstract class AuthoringCommand implements Callable<Integer> {
    @Mixin
    AuthorSupport support;
}
