package herald.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import herald.diag.Work;
import herald.model.Impact;
import herald.model.PublicState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The sweep gives, at every instant, what the scan it replaced gave: the worst state of the
 * impacts covering the instant (from the start, up to but not at the end), operational where none
 * does; on generated histories with ties, empty and open-ended impacts, asked at every edge and
 * between them.
 */
class StateStepsTest {
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    /** The scan ComponentHistory used before the sweep (impacts sorted by start). */
    private static PublicState scan(List<Impact> impacts, Instant t) {
        List<Impact> sorted = new ArrayList<>(impacts);
        sorted.sort(Comparator.comparing(Impact::start));
        PublicState worst = PublicState.OPERATIONAL;
        for (Impact i : sorted) {
            if (i.start().isAfter(t)) {
                break;
            }
            if (i.covers(t)) {
                worst = PublicState.worst(worst, i.state());
            }
        }
        return worst;
    }

    /** A generated history: up to 25 impacts, with ties, empty and open-ended ones (seeded, so a failure replays). */
    private static List<Impact> history(Random random) {
        List<Impact> impacts = new ArrayList<>();
        int n = random.nextInt(26);
        for (int k = 0; k < n; k++) {
            int start = random.nextInt(41);
            int length = random.nextInt(16) - 3;
            PublicState state = PublicState.values()[random.nextInt(PublicState.values().length)];
            boolean open = random.nextInt(6) == 0;
            impacts.add(new Impact(T0.plusSeconds(start), open ? null : T0.plusSeconds(start + length), state));
        }
        return impacts;
    }

    @Test
    void theSweepAnswersAsTheScanDid() {
        for (long seed = 0; seed < 500; seed++) {
            List<Impact> impacts = history(new Random(seed));
            StateSteps steps = StateSteps.of(impacts);
            ComponentHistory history = new ComponentHistory(Map.of("api", impacts), new Work());
            long replay = seed;
            for (int s = -2; s <= 56; s++) {
                for (long millis : new long[] {-1, 0, 1}) {
                    Instant t = T0.plusSeconds(s).plusMillis(millis);
                    PublicState expected = scan(impacts, t);
                    assertEquals(expected, steps.at(t), () -> "seed " + replay + ", at " + t + " for " + impacts);
                    assertEquals(expected, history.stateAt("api", t), () -> "seed " + replay + ", history at " + t);
                }
            }
        }
    }

    @Test
    void aComponentNoEntryNamesIsOperational() {
        ComponentHistory history = new ComponentHistory(Map.of(), new Work());
        assertEquals(PublicState.OPERATIONAL, history.stateAt("web", T0));
    }

    @Test
    void overlapsTakeTheWorstAndAnEndIsNotCovered() {
        List<Impact> impacts = List.of(
                new Impact(T0, T0.plusSeconds(10), PublicState.DEGRADED_PERFORMANCE),
                new Impact(T0.plusSeconds(5), T0.plusSeconds(8), PublicState.MAJOR_OUTAGE),
                new Impact(T0.plusSeconds(8), T0.plusSeconds(8), PublicState.MAJOR_OUTAGE), // empty: covers nothing
                new Impact(T0.plusSeconds(6), T0.plusSeconds(7), PublicState.DEGRADED_PERFORMANCE), // under the outage: no change of state
                new Impact(T0.plusSeconds(20), null, PublicState.INFORMATIONAL));
        StateSteps steps = StateSteps.of(impacts);
        assertEquals(PublicState.OPERATIONAL, steps.at(T0.minusMillis(1)));
        assertEquals(PublicState.DEGRADED_PERFORMANCE, steps.at(T0));
        assertEquals(PublicState.MAJOR_OUTAGE, steps.at(T0.plusSeconds(5)));
        assertEquals(PublicState.MAJOR_OUTAGE, steps.at(T0.plusSeconds(8).minusMillis(1)));
        assertEquals(PublicState.DEGRADED_PERFORMANCE, steps.at(T0.plusSeconds(8)));
        assertEquals(PublicState.OPERATIONAL, steps.at(T0.plusSeconds(10)));
        assertEquals(PublicState.INFORMATIONAL, steps.at(T0.plusSeconds(20)));
        assertEquals(PublicState.INFORMATIONAL, steps.at(T0.plusSeconds(100_000)));
        assertEquals(5, steps.size(), "one step per change of state");
    }
}
