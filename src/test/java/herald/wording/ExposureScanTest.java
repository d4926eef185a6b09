package herald.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one pass of wording-internal finds, on generated text and vocabularies, exactly the
 * telemetry signals and the term occurrences that the two passes it replaced found (their code
 * kept here as the reference).
 */
class ExposureScanTest {

    private static final List<String> TERMS = List.of("shard-7", "Shard-7", "INC-4411", "dos_cloud", "api.internal",
            "Zürich-db", "_hidden", "-x-", "λ-gate", "git proxy", "ſtore", "K8s", "9lives", "next", "update", "cpu",
            "São", "ü", "é-mail", "Éclair", "ÿes", "µs-gate", "İnc", "\u212Aelvin", "%", "{{", "x");

    /** Vocabulary number {@code seed}: up to 6 distinct terms of TERMS, in a random order. */
    private static InternalVocabulary vocabulary(long seed) {
        Random random = new Random(seed);
        List<String> pool = new ArrayList<>(TERMS);
        java.util.Collections.shuffle(pool, random);
        return new InternalVocabulary(pool.subList(0, random.nextInt(7)).stream()
                .map(t -> new InternalVocabulary.Term(t, Exposure.POLICY, "listed", true)).toList());
    }

    @Test
    void onePassFindsWhatTheTwoPassesFound() {
        for (long seed = 0; seed < 2000; seed++) {
            String text = WordingTexts.text(seed, 40);
            InternalVocabulary vocabulary = vocabulary(seed);
            ExposureScan.Result scan = ExposureScan.scan(text, vocabulary);
            assertEquals(oldSignals(text), scan.signals(), "seed " + seed);
            assertEquals(oldTerms(text, vocabulary), scan.terms(), "seed " + seed);
        }
    }

    @Test
    void signalsAndTermsOfOneText() {
        InternalVocabulary vocabulary = new InternalVocabulary(List.of(new InternalVocabulary.Term("shard-7", Exposure.POLICY, "listed", true)));
        ExposureScan.Result scan = ExposureScan.scan("CPU at 97% on shard-7, not shard-70 nor xshard-7", vocabulary);
        assertEquals(TelemetryReadings.DIGIT | oldSignals("CPU"), scan.signals());
        assertEquals(1, scan.terms().size());
        assertEquals(14, scan.terms().get(0).start());
        assertEquals(21, scan.terms().get(0).end());
    }

    // ------------------------------------------------ the code before the one pass (the reference)

    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** TelemetryReadings.signals as it was. */
    private static int oldSignals(String text) {
        int bits = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                bits |= 1 << 6;
                continue;
            }
            if (c == 'Δ') {
                bits |= 1;
                continue;
            }
            if (c == 'λ') {
                bits |= 1 << 1;
                continue;
            }
            if (i > 0 && isWordChar(text.charAt(i - 1))) {
                continue;
            }
            switch (c | 32) {
                case 'd' -> bits |= at(text, i, "delta") ? 1 : at(text, i, "disk") ? 1 << 4 : 0;
                case 'l' -> bits |= at(text, i, "lambda") ? 1 << 1 : 0;
                case 'c' -> bits |= at(text, i, "coverage") ? 1 << 2 : at(text, i, "cpu") ? 1 << 4 : 0;
                case 'p' -> bits |= i + 1 < n && Character.isDigit(text.charAt(i + 1)) || at(text, i, "percentile") ? 1 << 3 : 0;
                case 'm' -> bits |= at(text, i, "memory") ? 1 << 4 : 0;
                case 'r' -> bits |= text.startsWith("RAM", i) ? 1 << 4 : 0;
                case 'h' -> bits |= at(text, i, "heap") ? 1 << 4 : 0;
                case 'i' -> bits |= at(text, i, "iops") ? 1 << 4 : 0;
                case 'q' -> bits |= at(text, i, "queue") ? 1 << 5 : 0;
                default -> { }
            }
        }
        return bits;
    }

    private static boolean at(String text, int i, String lowerWord) {
        return text.regionMatches(true, i, lowerWord, 0, lowerWord.length());
    }

    /** TermMatcher.find as it was (the match at one position is TermMatcher's, unchanged). */
    private static List<TermMatcher.Hit> oldTerms(String text, InternalVocabulary vocabulary) {
        List<TermMatcher.Hit> out = new ArrayList<>();
        if (vocabulary.isEmpty()) {
            return out;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean tokenStart = i == 0 || !isWordChar(text.charAt(i - 1));
            if (!tokenStart && isWordChar(c)) {
                continue;
            }
            for (InternalVocabulary.Term term : oldStartingWith(vocabulary, c)) {
                int end = TermMatcher.tokenAt(text, i, term.text());
                if (end >= 0) {
                    out.add(new TermMatcher.Hit(i, end, term));
                }
            }
        }
        return out;
    }

    /** InternalVocabulary.startingWith as it was: ASCII in an array by ASCII lower case, the rest in a map by Character's. */
    private static List<InternalVocabulary.Term> oldStartingWith(InternalVocabulary vocabulary, char c) {
        List<InternalVocabulary.Term> out = new ArrayList<>();
        for (InternalVocabulary.Term t : vocabulary.terms()) {
            char key = Character.toLowerCase(t.text().charAt(0));
            if (c < 128 ? key == (c >= 'A' && c <= 'Z' ? c + 32 : c) : key >= 128 && key == Character.toLowerCase(c)) {
                out.add(t);
            }
        }
        return out;
    }

    @Test
    void aWordCharacterIsALetterDigitOrUnderscoreForEveryChar() {
        // the reference above reads TermMatcher's boundaries, so its table is checked on its own here
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertEquals(ch == '_' || Character.isLetterOrDigit(ch), TermMatcher.isWordChar(ch), "U+" + Integer.toHexString(c));
        }
    }
}
