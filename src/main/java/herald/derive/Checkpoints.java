package herald.derive;

import herald.model.Incident;
import herald.model.Update;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A promised checkpoint that has passed is not a promise any more: once the latest update's
 * {@code next} plus {@code policy.checkpointGrace} is behind the build time, the page, banner.json
 * and banner.js say "Update due since" that time instead of "Next update by" it.
 */
final class Checkpoints {
    private Checkpoints() {
    }

    /** The checkpoint the open incident's latest update promised, when it and the grace have passed at {@code now}. */
    static Optional<Instant> dueSince(Incident i, Instant now, Duration grace) {
        Update last = i.latestUpdate();
        if (!i.isOpenAt(now) || last.status().closes() || last.nextInstant() == null) {
            return Optional.empty();
        }
        return now.isAfter(last.nextInstant().plus(grace)) ? Optional.of(last.nextInstant()) : Optional.empty();
    }
}
