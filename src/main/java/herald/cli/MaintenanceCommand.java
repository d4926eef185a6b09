package herald.cli;

import herald.author.Author;
import herald.model.Content;
import herald.pipeline.Pipeline;
import herald.pipeline.PipelineOptions;
import herald.content.LoadFailure;
import herald.model.DurationText;
import herald.model.Maintenance;
import herald.model.TimeFormats;
import herald.model.UpdateStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "maintenance",
        description = "Announce and update planned maintenance windows.",
        subcommands = {MaintenanceCommand.New.class, MaintenanceCommand.Update.class, MaintenanceCommand.Pending.class},
        footer = {"  herald maintenance new \"Database upgrade\" --components answers-api --start 2026-12-01T02:00:00Z --end 2026-12-01T03:00:00Z",
            "  herald maintenance update 2026-12-01-database-upgrade --status in-progress",
            "  herald maintenance pending --within 10m --check   # in a scheduled CI job: rebuild when a window starts or ends"})
final class MaintenanceCommand extends GroupCommand {
    @Command(name = "new",
            description = "Schedule a window: writes content/maintenance/<start date>-<slug>.md with a banner and the 'scheduled' announcement.",
            footer = "  herald maintenance new \"Database upgrade\" --components answers-api,public-api --start 2026-12-01T02:00:00Z --end 2026-12-01T03:00:00Z --effect \"answers may pause for a minute\"")
    static final class New extends AuthoringCommand {
        @Parameters(index = "0", paramLabel = "TITLE", description = "Public title, e.g. \"Database upgrade\".")
        String title;

        @Option(names = "--components", required = true, split = ",", paramLabel = "ID", description = "Affected component ids from site.yaml.")
        List<String> components;

        @Option(names = "--start", required = true, paramLabel = "TIME", description = "When the window opens, ISO-8601 with offset.")
        String start;

        @Option(names = "--end", required = true, paramLabel = "TIME", description = "When the window closes, ISO-8601 with offset.")
        String end;

        @Mixin
        AudienceOptions audience;

        @Override
        public Integer call() {
            return support.run(() -> support.author().newMaintenance(
                    new Author.NewMaintenance(title, components, support.time("--start", start),
                            support.time("--end", end), support.at(), audience.owner, audience.scope, audience.effect)));
        }
    }

    @Command(name = "update",
            description = "Append a status update to a window: in-progress, verifying, completed or cancelled.",
            footer = {"  herald maintenance update 2026-12-01-database-upgrade --status in-progress",
                "  herald maintenance update 2026-12-01-database-upgrade --status completed"})
    static final class Update extends AuthoringCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The window id (its file name without .md).")
        String id;

        @Option(names = "--status", required = true, paramLabel = "STATUS", description = "in-progress, verifying, completed or cancelled.")
        String status;

        @Option(names = "--body", paramLabel = "TEXT|-",
                description = "The public text, '-' to read it from standard input (default: the standard wording for the status).")
        String body;

        @Override
        public Integer call() {
            UpdateStatus s = UpdateStatus.byId(status, false).filter(x -> x != UpdateStatus.SCHEDULED)
                    .orElseThrow(() -> new UserError("--status \"" + status + "\" is not a maintenance update; use in-progress, verifying, completed or cancelled"));
            return support.run(() -> support.author().maintenanceUpdate(id, s, support.text("--body", body), support.at()));
        }
    }

    @Command(name = "pending",
            description = {"List the maintenance windows that are upcoming or in progress.",
                "One per line (id, phase, start, end), or \"nothing pending\".",
                "The page changes state when a window starts, without anyone pushing. With --within, list only the open "
                + "windows that start or end within that time of now, before or after: a scheduled CI job that rebuilds "
                + "when this list is not empty publishes on the runs around each start and end, and not on every run while "
                + "a window is weeks ahead (the status-schedule workflow that herald init writes does this)."},
            exitCodeList = {"0:listed (with --check: at least one window is pending)", "1:with --check: no window is pending",
                "2:could not run (content does not load, bad --within)"},
            footer = {"  herald maintenance pending", "  herald maintenance pending --within 10m --check && herald build"})
    static final class Pending extends IoCommand {
        @Mixin
        ContentDirOption contentDir;

        @Mixin
        NowOption now;

        @Option(names = "--check", description = "Exit 1 when no window is pending (for a CI condition).")
        boolean check;

        @Option(names = "--within", paramLabel = "DURATION",
                description = "Only windows not closed yet whose start or end is at most DURATION before or after now (10m, 1h).")
        String within;

        @Override
        public Integer call() {
            Instant at = now.resolve(io.env);
            Duration horizon = within == null ? null : DurationText.parse(within).filter(d -> !d.isNegative() && !d.isZero())
                    .orElseThrow(() -> new UserError("--within \"" + within + "\" is not a duration; write e.g. 10m or 1h"));
            List<Maintenance> pending;
            try {
                // the windows that validate: one the lint refuses cannot be published anyway
                pending = Pipeline.lint(PipelineOptions.of(contentDir.content, io.env.cwd(), at)).model().map(Content::maintenance)
                        .orElse(List.of()).stream()
                        .filter(m -> horizon == null ? isPending(m, at) : changesWithin(m, at, horizon))
                        .toList();
            } catch (LoadFailure e) {
                throw new UserError(e.getMessage());
            }
            for (Maintenance m : pending) {
                io.out().println(m.id() + "\t" + m.phaseAt(at).name().toLowerCase(Locale.ROOT).replace('_', '-')
                        + "\t" + m.start() + "\t" + m.end());
            }
            if (pending.isEmpty()) {
                // say so: an empty answer reads like a command that did nothing (or failed) in a CI log
                io.out().println("nothing pending" + (horizon == null ? "" : " within " + within.trim() + " of now")
                        + " (" + TimeFormats.ISO_UTC.format(at) + ")");
            }
            return check && pending.isEmpty() ? ExitCodes.FINDINGS : ExitCodes.OK;
        }

        private static boolean isPending(Maintenance m, Instant at) {
            return m.phaseAt(at) == Maintenance.Phase.UPCOMING || m.phaseAt(at) == Maintenance.Phase.IN_PROGRESS;
        }

        /**
         * A window not closed yet (its completed or cancelled update was a push, which published) whose
         * scheduled start or end is within the horizon of now, on either side: the scheduled run just
         * after a start publishes the page in maintenance, even when the run before it came too early.
         */
        private static boolean changesWithin(Maintenance m, Instant at, Duration horizon) {
            if (m.closingUpdate().filter(u -> !u.instant().isAfter(at)).isPresent()) {
                return false;
            }
            return near(m.start(), at, horizon) || near(m.end(), at, horizon);
        }

        private static boolean near(java.time.OffsetDateTime t, Instant at, Duration horizon) {
            return DurationText.apart(at, t.toInstant()).compareTo(horizon) <= 0;
        }
    }
}
