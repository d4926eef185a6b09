package herald.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "completion",
        description = "Print a shell completion script for bash or zsh.",
        footer = {"  source <(herald completion bash)              # bash, this shell",
            "  herald completion zsh > \"${fpath[1]}/_herald\"  # zsh, or: source <(herald completion zsh)"})
final class CompletionCommand extends IoCommand {
    @Parameters(index = "0", paramLabel = "SHELL", defaultValue = "bash", description = "bash or zsh (default: ${DEFAULT-VALUE}).")
    String shell;

    @Override
    public Integer call() {
        CommandLine root = io.command.root().commandLine();
        String script = AutoComplete.bash("herald", root);
        if (shell.equals("zsh")) {
            // picocli's script works in zsh through bash completion emulation
            io.out().print("autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n");
        } else if (!shell.equals("bash")) {
            throw new UserError("completion for \"" + shell + "\" is not available; use bash or zsh");
        }
        io.out().print(script);
        return ExitCodes.OK;
    }
}
