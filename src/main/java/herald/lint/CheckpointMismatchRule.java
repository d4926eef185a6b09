package herald.lint;

import herald.content.IncidentDraft;
import herald.content.UpdateDraft;
import herald.diag.Rule;
import herald.model.DurationText;
import herald.wording.CheckpointPromises;
import herald.wording.Promise;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * checkpoint-mismatch: an update's body announces the next update ("Next update at 14:55 UTC",
 * "in 30 minutes") at another time than its {@code next}, beyond policy.checkpointGrace. Readers
 * see the body, the page shows next: two promises in one update. Incidents only, as the other
 * checkpoint rules; each announcement that misses is its own finding, at its first word.
 */
final class CheckpointMismatchRule implements LintRule {

    @Override
    public void incident(LintContext ctx, IncidentDraft incident) {
        Duration grace = ctx.policy.checkpointGrace();
        for (UpdateDraft u : incident.updates()) {
            if (u.body() == null || u.at() == null || u.next() == null) {
                continue;
            }
            for (Promise p : CheckpointPromises.find(u.body(), u.at(), ctx.content.site().timezone())) {
                if (!p.differsFrom(u.nextInstant(), grace)) {
                    continue;
                }
                ctx.report(u.where().file(), u.where().span("body").locate(u.body(), p.start()), Rule.CHECKPOINT_MISMATCH,
                        Rule.CHECKPOINT_MISMATCH.level(), "the body promises the next update at "
                        + stamp(p.promisedTime().atOffset(u.next().getOffset()), u.at()) + " (\"" + p.quoted() + "\", read as "
                        + p.reading() + ") but next is " + stamp(u.next(), u.at()) + ", " + DurationText.exact(p.offBy(u.nextInstant()))
                        + " apart (policy.checkpointGrace is " + DurationText.format(grace) + "); make the body and next agree");
            }
        }
    }

    /** "14:55Z", "15:10+01:00", with the date when it is not the update's day. */
    private static String stamp(OffsetDateTime t, OffsetDateTime at) {
        String offset = t.getOffset().equals(ZoneOffset.UTC) ? "Z" : t.getOffset().getId();
        boolean sameDay = t.toLocalDate().equals(at.atZoneSameInstant(t.getOffset()).toLocalDate());
        return (sameDay ? LintContext.time(t) : LintContext.dateTime(t)) + offset;
    }

    @Override
    public boolean judgesImportedHistory() {
        return false;
    }
}
