package herald.cli;

import herald.diag.DiagnosticFormat;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Lint the content, then render the static status site.",
            "Runs exactly the checks of 'herald lint'; on any error nothing is written."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:site written (warnings allowed)",
            "1:lint errors: nothing written, the previous site is untouched",
            "2:could not run (no content folder, unreadable file, bad option, I/O failure)"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  herald build",
            "  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) herald build   # reproducible output"
        })
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOptions options;

    private final Environment env;

    BuildCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        CheckedContent checked = CheckedContent.run(options, env);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (checked.incomplete()) {
            DiagnosticFormat.TEXT.print(checked.diagnostics().sorted(), checked.loaded().files(), out);
            checked.loaded().unreadable().forEach(m -> err.println("herald: " + m));
            return ExitCodes.CANNOT_RUN;
        }
        if (checked.diagnostics().hasErrors()) {
            DiagnosticFormat.TEXT.print(checked.diagnostics().sorted(), checked.loaded().files(), out);
            err.println("herald: build stopped: fix the lint errors above; nothing was written");
            return ExitCodes.FINDINGS;
        }
        checked.diagnostics().sorted().forEach(d -> out.println(d.toText()));
        out.println("lint passed: " + DiagnosticFormat.summary(checked.diagnostics().sorted(), checked.loaded().files()));
        return ExitCodes.OK;
    }
}
