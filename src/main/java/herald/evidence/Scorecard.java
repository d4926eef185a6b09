package herald.evidence;

import herald.content.ContentLoader;
import herald.content.LoadFailure;
import herald.diag.Diagnostic;
import herald.diag.Work;
import herald.history.Git;
import herald.history.GitHistory;
import herald.model.Content;
import herald.pipeline.Pipeline;
import herald.pipeline.PipelineOptions;
import herald.pipeline.PipelineResult;
import herald.diag.Rule;
import herald.model.DurationText;
import herald.model.Incident;
import herald.model.Policy;
import herald.model.Update;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The comms scorecard over recent incidents, for the weekly ops review: time to the first public
 * update, longest gap, checkpoints missed, waivers, backdated updates, and the time from resolve to
 * the postmortem link (from git when there is history).
 */
public final class Scorecard {
    private Scorecard() {
    }

    public record Row(String id, String severity, String firstUpdate, String longestGap, int checkpointsMissed, int waivers,
            int backdated, String resolveToPostmortem, boolean firstUpdateLate) {
    }

    public record Card(String since, List<Row> rows, String summary) {
    }

    /**
     * One load and one lint of the content, one read of the git history (a single git log and a
     * single cat-file for every version of every incident shown), however many incidents.
     */
    public static Card build(Path contentDir, Path cwd, Instant now, Duration since) throws IOException, LoadFailure {
        return build(new Git(contentDir), contentDir, cwd, now, since);
    }

    static Card build(Git git, Path contentDir, Path cwd, Instant now, Duration since) throws IOException, LoadFailure {
        GitHistory history = GitHistory.read(git, contentDir);
        PipelineResult linted = Pipeline.lint(PipelineOptions.of(contentDir, cwd, now).withHistory(history));
        Content all = linted.model().orElseThrow(() -> new LoadFailure("site.yaml does not load; run herald lint and fix it first"));
        Policy policy = all.site().policy();
        List<Diagnostic> findings = linted.diagnostics();
        Instant from = now.minus(since);
        List<Incident> recent = new ArrayList<>(all.incidents().stream()
                .filter(i -> !i.startedAt().isBefore(from) && !i.startedAt().isAfter(now)).toList());
        recent.sort(Comparator.comparing(Incident::startedAt).reversed());
        Path incidents = contentDir.resolve("incidents");
        EvidenceLog.Read read = new EvidenceLog.Read(history,
                history.contents(history.objectsFor(recent.stream().map(i -> incidents.resolve(i.id() + ".md")).toList())),
                ContentLoader.loadSiteOnce(contentDir, cwd, new Work()));
        List<Row> rows = new ArrayList<>();
        int late = 0;
        for (Incident i : recent) {
            Path file = incidents.resolve(i.id() + ".md");
            EvidenceLog.Log log = EvidenceLog.build(cwd, file, Files.readString(file), i, policy, findings, read, now);
            List<Update> updates = i.updates();
            Duration first = Duration.between(i.triggered(), updates.get(0).at());
            Duration gap = Duration.ZERO;
            for (int k = 0; k + 1 < updates.size(); k++) {
                if (updates.get(k).status().closes()) {
                    break;
                }
                Duration g = Duration.between(updates.get(k).at(), updates.get(k + 1).at());
                gap = g.compareTo(gap) > 0 ? g : gap;
            }
            int missed = (int) log.findings().stream().filter(f -> f.rule().equals(Rule.CHECKPOINT_MISSED.id())).count();
            int backdated = (int) log.findings().stream().filter(f -> f.rule().equals(Rule.BACKDATED_UPDATE.id())).count();
            String toPostmortem;
            if (!i.isResolved()) {
                toPostmortem = "open";
            } else if (i.postmortem() == null) {
                toPostmortem = i.severity().breaksUsers() ? "missing" : "not needed (S4)";
            } else if (log.postmortemAdded() != null && policy.publishCheckFrom() != null
                    && Instant.parse(log.postmortemAdded().committed()).isBefore(policy.publishCheckFrom())) {
                toPostmortem = "linked (imported history)";
            } else if (log.postmortemAdded() != null) {
                toPostmortem = DurationText.format(Duration.between(i.resolvedAt().orElseThrow(), Instant.parse(log.postmortemAdded().committed())));
            } else {
                toPostmortem = "linked (no git history)";
            }
            boolean isLate = first.compareTo(policy.firstUpdateWithin()) > 0;
            late += isLate ? 1 : 0;
            rows.add(new Row(i.id(), i.severity().name(), DurationText.format(first),
                    DurationText.format(gap), missed, log.waivers().size(), backdated, toPostmortem, isLate));
        }
        String summary = rows.isEmpty() ? "no incidents since " + from
                : rows.size() + " incidents; first update within " + DurationText.format(policy.firstUpdateWithin()) + " for "
                + (rows.size() - late) + " of " + rows.size() + "; " + rows.stream().mapToInt(Row::checkpointsMissed).sum()
                + " checkpoints missed; " + rows.stream().mapToInt(Row::waivers).sum() + " waivers; "
                + rows.stream().mapToInt(Row::backdated).sum() + " backdated updates";
        return new Card(from.toString(), rows, summary);
    }

    public static String markdown(Card card) {
        StringBuilder sb = new StringBuilder("# Comms scorecard since ").append(card.since()).append(" (INTERNAL)\n\n");
        sb.append("| incident | sev | first update | longest gap | checkpoints missed | waivers | backdated | resolve → postmortem |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (Row r : card.rows()) {
            sb.append("| ").append(r.id()).append(" | ").append(r.severity()).append(" | ").append(r.firstUpdate())
                    .append(r.firstUpdateLate() ? " (late)" : "").append(" | ").append(r.longestGap()).append(" | ")
                    .append(r.checkpointsMissed()).append(" | ").append(r.waivers()).append(" | ").append(r.backdated()).append(" | ")
                    .append(r.resolveToPostmortem()).append(" |\n");
        }
        sb.append('\n').append(card.summary()).append('\n');
        return sb.toString();
    }
}
