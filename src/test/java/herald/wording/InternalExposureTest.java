package herald.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** wording-internal as a text check: built-in gates and readings, policy terms, the entry's own internal values. */
class InternalExposureTest {

    private static List<String> builtIn(String text) {
        return InternalExposure.find(text, InternalVocabulary.NONE).stream().map(Exposure::matched).toList();
    }

    private static List<String> found(String text, InternalVocabulary vocabulary) {
        return InternalExposure.find(text, vocabulary).stream().map(e -> e.matched() + " <- " + e.source()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Answers degraded (lambda divergent)              | lambda divergent",
        "λ is divergent on the new index.                 | λ",
        "lambda: divergent                                | lambda: divergent",
        "Lambda is now recursive for EU traffic.          | Lambda is now recursive",
        "Lambda was 0.7 at the rollback.                  | Lambda was 0.7",
        "ΔS p95 is back under 0.2.                        | ΔS, p95",
        "delta S drifted above the rollback bar.          | delta S",
        "deltaS_p95: 0.41                                 | deltaS",
        "Coverage dropped to 0.87 for EU answers.         | Coverage dropped to 0.87",
        "Citation coverage is at 81%.                     | coverage is at 81%",
        "Only 81% coverage on citations.                  | 81% coverage",
        "p95 latency is up 20 percent.                    | p95",
        "p99 latency doubled.                             | p99",
        "The 99th percentile latency reached 4 seconds.   | 99th percentile",
        "CPU at 97% on the answer nodes.                  | CPU at 97%",
        "95% CPU on the primary.                          | 95% CPU",
        "Memory usage reached 14.2 GB.                    | Memory usage reached 14.2 GB",
        "The heap is above 7 GiB.                         | heap is above 7 GiB",
        "12GB of memory in use.                           | 12GB of memory in use",
        "The job was using 14 GB of memory.               | using 14 GB of memory",
        "Memory at 94% on the cache nodes.                | Memory at 94%",
        "Disk usage hit 93% on two file servers.          | Disk usage hit 93%",
        "CPU utilization is at 95% of capacity.           | CPU utilization is at 95%",
        "Queue depth is 12,000 messages.                  | Queue depth is 12,000",
        "The queue length peaked at 40k.                  | queue length peaked at 40k",
    })
    void gatesAndReadingsFire(String text, String matched) {
        assertEquals(List.of(matched.split(", ")), builtIn(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // shares of affected requests, users or jobs are user effect (issue 15)
        "About 5% of requests fail.",
        "We are experiencing error rates of around 20% for web and API traffic.",
        "Approximately 35% of REST API requests fail.",
        "About 35% of API requests fail.",
        "< 2% of customer runs impacted.",
        "Error rates peaked at approximately 8%.",
        "Memory pressure caused errors for 5% of requests.",
        "CPU saturation caused 3% of jobs to fail.",
        // the names alone, without a reading
        "Customers using AWS Lambda functions may see delayed events.",
        "Amazon Lambda invocations are delayed.",
        "Lambda functions deployed through Actions may fail.",
        "We identified a memory leak in 3 hosts and are restarting them.",
        "Low memory on the load balancers caused swapping.",
        "Instances ran out of memory and became unresponsive.",
        "One of the file servers is out of disk space.",
        "A disk partition is failing.",
        "The disk space issue was resolved at 14:05 UTC.",
        "High CPU on the database primary.",
        "CPU usage is elevated since 13:40 UTC.",
        "The memory leak started at 14:05 UTC.",
        "We are expanding our automated test coverage.",
        "We added test coverage for 3 more flows.",
        "The queue is draining.",
        "Jobs in the queue will be processed within 2 hours.",
        "Delta Air Lines customers cannot sign in.",
        "The deltas between the replicas are shrinking.",
        "Upgrading the P90 cluster.",
        "Customers saw a brief p99 latency increase.",
        "A p99 latency regression slowed some pages.",
        "The P90 cluster upgrade starts at 14:00 UTC.",
        "Codespaces with 32 GB of RAM may fail to start.",
        "Machines with 8 cores and 32 GB disk are affected.",
        "Our payment processor is returning errors above 5% of the time.",
        "Memory errors affected 5% of requests.",
        // the seed's templates
        "We are investigating an incident affecting AI answers. Users may see slow responses or missing citations. "
                + "The team has engaged rollback options and is validating recovery steps now. Next update in 15 minutes.",
        "Mitigation is in progress. We reduced traffic to the new model and restored the previous index for two regions. "
                + "Errors are trending down and response time is improving. Next checkpoint at 14:40 UTC.",
        "We identified a mismatch between cache keys and the new index pointer. This caused mixed answers. "
                + "We rotated the cache namespace and warmed hot paths. Monitoring continues.",
        "This incident is resolved. Answers and citations are stable. We will publish a brief write up and the prevention steps. "
                + "Thank you for your patience.",
        "A postmortem is scheduled. We will share the timeline, the root cause, and changes that prevent recurrence. "
                + "Target publish within 48 hours.",
        "Some AI answers may be slow or incomplete right now. We are restoring normal service. No action needed by you.",
    })
    void userEffectAndPlainNamesDoNotFire(String text) {
        assertEquals(List.of(), builtIn(text));
    }

    private static final Map<String, Object> SPEC_INTERNAL = Map.of(
            "roles", Map.of("incidentLead", "Priya Raman", "commsLead", "Comms lead"),
            "pins", List.of("model@2026-11-01", "index@v42"),
            "signals", Map.of("deltaS_p95", 0.41, "coverage", 0.87, "lambda", "divergent"),
            "rollback", Map.of("at", "2026-11-20T14:31:00Z", "lever", "index pointer"),
            "cacheNamespace", "answers-v7",
            "regions", List.of("eu-west-1"),
            "ticket", "INC-4411");

    @Test
    void theEntrysOwnCacheNamespaceFiresWithItsSource() {
        InternalVocabulary vocabulary = InternalVocabulary.of(List.of(), SPEC_INTERNAL);
        List<Exposure> found = InternalExposure.find("We rotated answers-v7 and warmed hot paths.", vocabulary);
        assertEquals(List.of(new Exposure(11, 21, "answers-v7", "internal.cacheNamespace", "the entry's internal.cacheNamespace")), found);
        assertEquals("\"answers-v7\" is the entry's internal.cacheNamespace; public text must not name internal values",
                found.get(0).message());
    }

    @Test
    void ticketsPinsNamesAndSignalKeysFire() {
        InternalVocabulary vocabulary = InternalVocabulary.of(List.of(), SPEC_INTERNAL);
        assertEquals(List.of("INC-4411 <- internal.ticket", "index@v42 <- internal.pins", "Priya <- internal.roles.incidentLead",
                "deltaS_p95 <- internal.signals"),
                found("See INC-4411: we pinned index@v42. Priya is on it; deltaS_p95 is fine.", vocabulary));
    }

    @Test
    void commonWordsRegionsAndUrlsOfTheEntryDoNotFire() {
        InternalVocabulary vocabulary = InternalVocabulary.of(List.of(), SPEC_INTERNAL);
        assertEquals(List.of(), found("We identified a mismatch between cache keys and the new index pointer. "
                + "Answers in eu-west-1 are divergent. Comms lead: see [the postmortem](https://tracker.example/INC-4411).", vocabulary));
    }

    @Test
    void wholeTokensOnly() {
        InternalVocabulary vocabulary = InternalVocabulary.of(List.of("shard-7"), Map.of("cacheNamespace", "answers-v7"));
        assertEquals(List.of(), found("answers-v70 and shard-70 and xanswers-v7 are fine", vocabulary));
        assertEquals(List.of("Shard-7 <- policy.internalTerms", "answers-v7 <- internal.cacheNamespace"),
                found("Shard-7. (answers-v7)", vocabulary));
    }

    @Test
    void aConfiguredPolicyTermFiresAsWrittenAndInsideUrls() {
        InternalVocabulary vocabulary = InternalVocabulary.of(List.of("dos_cloud", "blue cluster"), null);
        List<Exposure> found = InternalExposure.find("Traffic moved off dos_cloud to the blue\ncluster, see https://dos_cloud.example/x", vocabulary);
        assertEquals(List.of("dos_cloud", "blue\ncluster", "dos_cloud"), found.stream().map(Exposure::matched).toList());
        assertEquals("\"dos_cloud\" is listed in policy.internalTerms; public text must not name internal systems", found.get(0).message());
    }

    @Test
    void aBuiltInFindingSaysWhatLeaked() {
        Exposure e = InternalExposure.find("Answers degraded (lambda divergent)", InternalVocabulary.NONE).get(0);
        assertEquals(new Exposure(18, 34, "lambda divergent", "built-in", "the internal signal λ (lambda)"), e);
        assertEquals("\"lambda divergent\" is the internal signal λ (lambda); users need the effect and the recovery, "
                + "not raw metrics: describe it in plain words", e.message());
    }

    @Test
    void overlappingFindingsAreReportedOnce() {
        InternalVocabulary vocabulary = InternalVocabulary.of(List.of("lambda divergent"), null);
        assertEquals(List.of("lambda divergent <- built-in"), found("Answers degraded (lambda divergent)", vocabulary));
    }

    @Test
    void emptyAndNullTextsHaveNoFinding() {
        assertEquals(List.of(), InternalExposure.find(null, InternalVocabulary.NONE));
        assertEquals(List.of(), InternalExposure.find("", InternalVocabulary.NONE));
    }
}
