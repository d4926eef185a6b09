package herald.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import herald.wording.InternalVocabulary.Term;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which values of an entry's internal: block and of policy.internalTerms become terms. */
class InternalVocabularyTest {

    private static List<String> terms(InternalVocabulary v) {
        return v.terms().stream().map(t -> t.text() + " <- " + t.source()).toList();
    }

    @Test
    void theSpecsExampleBlockYieldsItsIdentifiersAndNames() {
        Map<String, Object> internal = new LinkedHashMap<>();
        internal.put("roles", ordered("incidentLead", "Priya Raman", "commsLead", "Comms lead", "supportLead", "Li Wu", "sreOnCall", "@jdoe"));
        internal.put("pins", List.of("model@2026-11-01", "index@v42"));
        internal.put("signals", ordered("deltaS_p95", 0.41, "coverage", 0.87, "lambda", "divergent"));
        internal.put("rollback", ordered("at", "2026-11-20T14:31:00Z", "lever", "index pointer"));
        internal.put("cacheNamespace", "answers-v7");
        internal.put("regions", List.of("eu-west-1"));
        internal.put("ticket", "INC-4411");
        assertEquals(List.of(
                "Priya <- internal.roles.incidentLead", "Raman <- internal.roles.incidentLead", "@jdoe <- internal.roles.sreOnCall",
                "model@2026-11-01 <- internal.pins", "index@v42 <- internal.pins",
                "deltaS_p95 <- internal.signals",
                "answers-v7 <- internal.cacheNamespace", "INC-4411 <- internal.ticket"),
                terms(InternalVocabulary.of(List.of(), internal)));
    }

    @Test
    void policyTermsComeFirstAndAreKeptAsWritten() {
        InternalVocabulary v = InternalVocabulary.of(List.of(" dos_cloud ", "api", ""), Map.of("ticket", "DOS_CLOUD"));
        assertEquals(List.of(new Term("dos_cloud", "policy.internalTerms", "listed in policy.internalTerms", true),
                new Term("api", "policy.internalTerms", "listed in policy.internalTerms", true)), v.terms());
    }

    @Test
    void numbersDatesDurationsBooleansAndCommonWordsAreNoTerms() {
        Map<String, Object> internal = ordered("a", List.of(1234, 0.87, true, "2026-11-20", "2026-11-20T14:31:00Z", "1h30m", "12,000",
                "Will", "Grant", "rollout", "pointer", "blue-green-b"), "b", LocalDate.of(2026, 11, 20));
        assertEquals(List.of("blue-green-b <- internal.a"), terms(InternalVocabulary.of(null, internal)));
    }

    @Test
    void inAPhraseThePlainLowerCaseWordsDescribeAndTheIdentifiersCount() {
        Map<String, Object> internal = ordered("rollback", ordered("lever", "citation-store schema"), "lever2", "shard routing",
                "lead", "Priya Raman", "one", "schema");
        assertEquals(List.of("citation-store <- internal.rollback.lever", "Priya <- internal.lead", "Raman <- internal.lead",
                "schema <- internal.one"), terms(InternalVocabulary.of(null, internal)));
    }

    @Test
    void nothingConfiguredIsNone() {
        assertEquals(InternalVocabulary.NONE, InternalVocabulary.of(null, null));
        assertEquals(InternalVocabulary.NONE, InternalVocabulary.of(List.of(), Map.of("regions", List.of("eu-west-1"))));
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
