package herald.wording;

import java.util.ArrayList;
import java.util.List;

/**
 * wording-internal's one pass over a text: which built-in telemetry detectors can match
 * ({@link TelemetryReadings}' signals) and where the entry's vocabulary occurs as whole tokens
 * ({@link TermMatcher}), read together because both look where a word starts: each character is
 * read once and classified as a word character once, instead of once per detector.
 */
final class ExposureScan {
    private ExposureScan() {
    }

    /** The telemetry signals and the term occurrences, in text order. */
    record Result(int signals, List<TermMatcher.Hit> terms) {
    }

    static Result scan(String text, InternalVocabulary vocabulary) {
        boolean terms = !vocabulary.isEmpty();
        List<TermMatcher.Hit> hits = terms ? new ArrayList<>(0) : List.of();
        int signals = 0;
        boolean afterWord = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean word = TermMatcher.isWordChar(c);
            if (c >= '0' && c <= '9') {
                signals |= TelemetryReadings.DIGIT;
            } else if (!afterWord || c >= 128) {
                signals |= TelemetryReadings.signalAt(text, i, c, !afterWord);
            }
            // a term that starts with a word character only where a token starts
            if (terms && (!afterWord || !word)) {
                // by index: an iterator per character, even over no terms, was a third of the pass
                List<InternalVocabulary.Term> candidates = vocabulary.startingWith(c);
                for (int t = 0, count = candidates.size(); t < count; t++) {
                    InternalVocabulary.Term term = candidates.get(t);
                    int end = TermMatcher.tokenAt(text, i, term.text());
                    if (end >= 0) {
                        hits.add(new TermMatcher.Hit(i, end, term));
                    }
                }
            }
            afterWord = word;
        }
        return new Result(signals, hits);
    }
}
