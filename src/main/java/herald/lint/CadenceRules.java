package herald.lint;

import herald.diag.Rule;
import herald.diag.Work;
import herald.model.DurationText;
import herald.content.IncidentDraft;
import herald.model.Policy.Cadence;
import herald.content.UpdateDraft;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The comms rhythm: first-update-late, cadence-gap, checkpoint-missed, checkpoint-too-far and
 * update-overdue. Incidents only; maintenance has no cadence. Imported history is not judged: it
 * was published long ago by another tool. A re-opened incident's cadence resumes from the
 * re-opening (nothing is due after a resolve, so the gap before it counts as resolved).
 */
final class CadenceRules implements LintRule {

    @Override
    public void incident(LintContext ctx, IncidentDraft incident) {
        check(ctx, incident);
    }

    static void check(LintContext ctx, IncidentDraft incident) {
        List<UpdateDraft> updates = incident.updates().stream().filter(u -> u.at() != null).toList();
        if (updates.isEmpty()) {
            return;
        }
        firstUpdate(ctx, incident, updates.get(0));
        for (int i = 0; i + 1 < updates.size(); i++) {
            ctx.work.count(Work.Unit.RULE_VISIT);
            UpdateDraft earlier = updates.get(i);
            UpdateDraft later = updates.get(i + 1);
            if (later.at().isBefore(earlier.at())) {
                continue; // timestamp-order says it; a negative gap means nothing
            }
            gap(ctx, earlier, later);
            checkpoint(ctx, earlier, later);
        }
        for (UpdateDraft u : updates) {
            ctx.work.count(Work.Unit.RULE_VISIT);
            tooFar(ctx, u);
        }
        overdue(ctx, incident, updates.get(updates.size() - 1));
    }

    private static void firstUpdate(LintContext ctx, IncidentDraft incident, UpdateDraft first) {
        if (incident.triggered() == null || first.at().isBefore(incident.triggered())) {
            return;
        }
        Duration delay = Duration.between(incident.triggered(), first.at());
        Duration limit = ctx.policy.firstUpdateWithin();
        if (delay.compareTo(limit) > 0) {
            ctx.cadence(first, first.where().self().start(), Rule.FIRST_UPDATE_LATE,
                    "first update at " + LintContext.time(first.at()) + " is " + DurationText.exact(delay)
                            + " after the trigger at " + LintContext.time(incident.triggered()) + "; the limit is "
                            + DurationText.format(limit) + " (policy.firstUpdateWithin)");
        }
    }

    private static void gap(LintContext ctx, UpdateDraft earlier, UpdateDraft later) {
        if (earlier.status() == null) {
            return;
        }
        Cadence cadence = ctx.policy.cadenceAfter(earlier.status());
        if (cadence == null) {
            return;
        }
        Duration gap = Duration.between(earlier.at(), later.at());
        if (gap.compareTo(cadence.limit()) > 0) {
            ctx.cadence(later, later.where().self().start(), Rule.CADENCE_GAP,
                    DurationText.exact(gap) + " between updates at " + LintContext.pair(earlier.at(), later.at())
                            + " while " + earlier.status().id() + "; the limit is " + DurationText.format(cadence.limit())
                            + " (" + cadence.key() + ")");
        }
    }

    private static void checkpoint(LintContext ctx, UpdateDraft earlier, UpdateDraft later) {
        if (earlier.next() == null || earlier.status() == null || earlier.status().closes()) {
            return;
        }
        Instant due = earlier.nextInstant().plus(ctx.policy.checkpointGrace());
        if (later.instant().isAfter(due)) {
            Duration late = Duration.between(earlier.nextInstant(), later.instant());
            ctx.cadence(later, later.where().self().start(), Rule.CHECKPOINT_MISSED,
                    "update at " + LintContext.time(later.at()) + " is " + DurationText.exact(late)
                            + " past the checkpoint " + LintContext.time(earlier.next()) + " promised at "
                            + LintContext.time(earlier.at()) + "; the grace is "
                            + DurationText.format(ctx.policy.checkpointGrace())
                            + " (policy.checkpointGrace): post by the promised time, even if only to say work continues");
        }
    }

    private static void tooFar(LintContext ctx, UpdateDraft u) {
        if (u.next() == null || u.status() == null || u.status().closes()) {
            return;
        }
        Cadence cadence = ctx.policy.cadenceAfter(u.status());
        if (cadence == null || !u.next().isAfter(u.at())) {
            return;
        }
        Duration ahead = Duration.between(u.at(), u.next());
        if (ahead.compareTo(cadence.limit()) > 0) {
            ctx.report(u.where(), "next", Rule.CHECKPOINT_TOO_FAR,
                    "next checkpoint " + LintContext.time(u.next()) + " is " + DurationText.exact(ahead)
                            + " after the update at " + LintContext.time(u.at()) + " while " + u.status().id()
                            + "; the limit is " + DurationText.format(cadence.limit()) + " (" + cadence.key()
                            + "): promise a checkpoint by " + LintContext.time(u.at().plus(cadence.limit())));
        }
    }

    private static void overdue(LintContext ctx, IncidentDraft incident, UpdateDraft last) {
        if (incident.isResolved() || last.status() == null || last.status().closes()) {
            return;
        }
        Instant due;
        String promised;
        if (last.next() != null) {
            due = last.nextInstant();
            promised = "the checkpoint " + LintContext.time(last.next()) + " promised at " + LintContext.time(last.at());
        } else {
            Cadence cadence = ctx.policy.cadenceAfter(last.status());
            if (cadence == null) {
                return;
            }
            due = last.instant().plus(cadence.limit());
            promised = "the " + DurationText.format(cadence.limit()) + " cadence after the update at " + LintContext.time(last.at());
        }
        if (ctx.now.isAfter(due.plus(ctx.policy.checkpointGrace()))) {
            ctx.report(last.where(), last.next() != null ? "next" : "at", Rule.UPDATE_OVERDUE,
                    promised + " has passed (" + DurationText.format(Duration.between(due, ctx.now))
                            + " ago) and the incident is not resolved; post an update now (herald update "
                            + incident.id() + ")");
        }
    }

    @Override
    public boolean judgesImportedHistory() {
        return false;
    }
}
