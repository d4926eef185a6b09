package herald.cli;

import herald.diag.DisplayPath;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --out FILE: the report goes to a file instead of stdout (diff and evidence). */
final class OutputFileOption {
    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of printing.")
    Path out;

    /** Writes {@code text} to --out (saying so when {@code announce}) or prints it. */
    void emit(String text, Environment env, PrintWriter stdout, boolean announce) throws IOException {
        if (out == null) {
            stdout.print(text);
            return;
        }
        Path target = env.cwd().resolve(out);
        Files.writeString(target, text, StandardCharsets.UTF_8);
        if (announce) {
            stdout.println("wrote " + DisplayPath.of(env.cwd(), target));
        }
    }
}
