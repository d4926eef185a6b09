package herald.wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * wording-internal as a text check: where public text exposes an internal gate or telemetry
 * reading (built in), a term of the site's {@code policy.internalTerms}, or a value of the
 * entry's own {@code internal:} block. Offsets are into the text as given; the caller maps them
 * to line and column. Overlapping findings are reported once (the earliest, then the longest).
 */
public final class InternalExposure {
    private InternalExposure() {
    }

    public static List<Exposure> find(String text, InternalVocabulary vocabulary) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        ExposureScan.Result scan = ExposureScan.scan(text, vocabulary);
        List<Exposure> found = new ArrayList<>(TelemetryReadings.find(text, scan.signals()));
        if (!scan.terms().isEmpty()) {
            List<int[]> urls = null;
            for (TermMatcher.Hit hit : scan.terms()) {
                InternalVocabulary.Term term = hit.term();
                if (!term.insideUrls()) {
                    if (urls == null) {
                        urls = TermMatcher.urls(text);
                    }
                    if (inside(urls, new int[] {hit.start(), hit.end()})) {
                        continue;
                    }
                }
                found.add(new Exposure(hit.start(), hit.end(), text.substring(hit.start(), hit.end()), term.source(), term.what()));
            }
        }
        return withoutOverlaps(found);
    }

    private static boolean inside(List<int[]> ranges, int[] at) {
        for (int[] r : ranges) {
            if (at[0] >= r[0] && at[1] <= r[1]) {
                return true;
            }
        }
        return false;
    }

    private static List<Exposure> withoutOverlaps(List<Exposure> found) {
        if (found.size() < 2) {
            return List.copyOf(found);
        }
        found.sort(Comparator.comparingInt(Exposure::start).thenComparing(Comparator.comparingInt(Exposure::end).reversed()));
        List<Exposure> out = new ArrayList<>(found.size());
        int reached = -1;
        for (Exposure e : found) {
            if (e.start() >= reached) {
                out.add(e);
                reached = e.end();
            }
        }
        return List.copyOf(out);
    }
}
