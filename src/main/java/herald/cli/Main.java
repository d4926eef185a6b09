package herald.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.util.List;
import picocli.CommandLine;

/**
 * Entry point. {@link #run} is the in-process seam used by tests; {@link #main} is the only
 * caller of System.exit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = run(out, err, Environment.system(), args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    public static int run(PrintWriter out, PrintWriter err, Environment env, String... args) {
        boolean trace = java.util.Arrays.asList(args).contains("--stacktrace");
        HeraldCommand root = new HeraldCommand();
        CommandLine cl = new CommandLine(root, new CommandFactory(env));
        addSubcommands(cl, args);
        addHeadings(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            err.println("herald: " + ex.getMessage());
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.CANNOT_RUN;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof UserError u) {
                err.println("herald: " + u.getMessage());
                return u.exitCode();
            }
            err.println("herald: internal error: " + ex + (trace ? "" : " (this is a bug in Herald; rerun with --stacktrace and report it)"));
            if (trace) {
                ex.printStackTrace(err);
            }
            return ExitCodes.CANNOT_RUN;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (Throwable t) { // an Error escapes picocli's handler; still no bare stack trace for users
            err.println("herald: internal error: " + t + (trace ? "" : " (this is a bug in Herald; rerun with --stacktrace and report it)"));
            if (trace) {
                t.printStackTrace(err);
            }
            code = ExitCodes.CANNOT_RUN;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Every command's help heads its exit codes and its examples alike (where it has them), set here once. */
    private static void addHeadings(CommandLine cl) {
        CommandLine.Model.UsageMessageSpec usage = cl.getCommandSpec().usageMessage();
        if (!usage.exitCodeList().isEmpty()) {
            usage.exitCodeListHeading("%nExit status:%n");
        }
        if (usage.footer().length > 0) {
            usage.footerHeading("%nExamples:%n");
        }
        cl.getSubcommands().values().forEach(Main::addHeadings);
    }

    /**
     * Adds only the subcommand the arguments name: picocli reflects over every option of every
     * command it is given, which costs more than linting a small site. Help, completion and an
     * unknown name get them all (for the list and the "did you mean").
     */
    private static void addSubcommands(CommandLine cl, String[] args) {
        String named = java.util.Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
        List<Class<?>> only = HeraldCommand.SUBCOMMANDS.stream()
                .filter(c -> c.getAnnotation(CommandLine.Command.class).name().equals(named) && c != CompletionCommand.class)
                .toList();
        for (Class<?> c : only.isEmpty() ? HeraldCommand.SUBCOMMANDS : only) {
            cl.addSubcommand(c.getAnnotation(CommandLine.Command.class).name(), c);
        }
    }
}
