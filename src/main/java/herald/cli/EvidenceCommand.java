package herald.cli;

import herald.author.Author;
import herald.content.LoadFailure;
import herald.evidence.EvidenceLog;
import herald.evidence.Scorecard;
import herald.model.DurationText;
import herald.render.JsonOutput;
import herald.render.RenderException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "evidence",
        description = {"Print the internal evidence log of an incident, or a comms scorecard.",
            "The log comes from the incident's file and its git history: when each update was really published and by whom, state and severity changes, the internal record, findings and waivers.",
            "With --all: a comms scorecard over recent incidents. Internal: printed or written to --out, never into site/."},
        exitCodeList = {ExitCodes.LISTED_PRINTED, ExitCodes.LISTED_UNKNOWN_INCIDENT},
        footer = {"  herald evidence 2026-11-27-slow-answers",
            "  herald evidence 2026-11-27-slow-answers --format json --out evidence.json",
            "  herald evidence --all --since 30d"})
final class EvidenceCommand extends IoCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "The incident (omit with --all).")
    String id;

    @Option(names = "--all", description = "A scorecard over every incident since --since.")
    boolean all;

    @Option(names = "--since", defaultValue = "30d", paramLabel = "DURATION", description = "How far back --all looks (default: ${DEFAULT-VALUE}).")
    String since;

    /** Markdown for people, JSON for tools. */
    enum Format { MD, JSON }

    @Option(names = "--format", defaultValue = "md", paramLabel = "md|json", description = "Markdown or JSON (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ReportOptions report;

    @Override
    public Integer call() throws IOException {
        if (all == (id != null)) {
            throw new UserError("give an incident id, or --all for the scorecard");
        }
        java.time.Instant at = report.now.resolve(io.env);
        Path content = report.contentDir.resolve(io.env);
        String text;
        try {
            if (all) {
                Duration window = DurationText.parse(since).orElseThrow(() -> new UserError("--since \"" + since + "\" is not a duration like 30d or 12h"));
                Scorecard.Card card = Scorecard.build(content, io.env.cwd(), at, window);
                text = format == Format.JSON ? JsonOutput.write(card) : Scorecard.markdown(card);
            } else {
                Path file = new Author(report.contentDir.content, io.env.cwd(), at).find(id, true);
                EvidenceLog.Log log = EvidenceLog.build(content, io.env.cwd(), file, at);
                text = format == Format.JSON ? JsonOutput.write(log) : EvidenceLog.markdown(log);
            }
        } catch (Author.Refused e) {
            throw new UserError(e.getMessage());
        } catch (LoadFailure e) {
            throw new UserError(e.getMessage());
        } catch (RenderException e) {
            throw new UserError(e.getMessage());
        }
        report.out.emit(text, io.env, io.out(), true);
        return ExitCodes.OK;
    }
}
