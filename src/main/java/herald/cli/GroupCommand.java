package herald.cli;

/** A command that only groups others (herald, maintenance, theme, import): run alone, it prints its usage. */
abstract class GroupCommand extends IoCommand {
    @Override
    public Integer call() {
        io.command.commandLine().usage(io.out());
        return ExitCodes.OK;
    }
}
