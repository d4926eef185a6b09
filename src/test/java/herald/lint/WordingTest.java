package herald.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import herald.diag.Rule;
import herald.lint.Wording.Hit;
import herald.lint.Wording.Tense;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The wording rules on single sentences: the seed's templates and real status-page wording. */
class WordingTest {

    private static List<String> rules(String text) {
        return Wording.check(text, Tense.LIVE, true).stream().map(h -> h.rule().id() + ": " + h.words()).toList();
    }

    private static List<String> ruleIds(String text, Rule rule) {
        return Wording.check(text, Tense.LIVE, true).stream().filter(h -> h.rule() == rule).map(Hit::words).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // the seed's standard templates (filled in)
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
        // announcing the next update is the recommended wording
        "Next update in 15 minutes.",
        "Next checkpoint at 14:40 UTC.",
        "We will provide another update in 30 minutes.",
        "We'll post another update within 30 minutes.",
        "We will provide a more detailed status update within an hour.",
        "We continue to monitor the remediation and will provide the next update in 1 hour.",
        "We will share an update on the fix by 15:00 UTC.",
        // no promise at all
        "We do not have an ETA at this point, but we are making very good progress.",
        "We dont have an ETA at this point.",
        "There is no ETA yet; next update at 15:00 UTC.",
        "Services fully recovered by 17:01 UTC.",
        "Error rates returned to normal and affected services were fully restored by 08:36 UTC.",
        "New workflow executions recovered by 13:39 UTC.",
        "Things should be back to normal in a few minutes.",
        "We expect this to be fully caught up in the near future.",
        "Actions, Codespaces, and Pull Requests are within SLOs again.",
        "Approximately 5% of customers are affected.",
        "A small percentage of repositories are unavailable.",
        "We are expanding our automated test coverage.",
        "Customers using AWS Lambda functions may see delayed events.",
        "Webhook deliveries are delayed by up to 10 minutes.",
        "Requests may fail < 5 minutes after a deploy. See <https://help.example.com/x>.",
        "We will provide an update on our progress at 20:00 UTC.",
        "Next update in 15 mins.",
        "Next update in twenty-five minutes.",
        "We will be back in 10 minutes with an update.",
        "We'll check back within 30 minutes with another update.",
        "We will be back in 10-15 minutes with an update.",
        "We do not have an estimated time to full restoration at this time.",
        "Should be fixed in a few minutes.",
        "We have started a cleanup and expect that to be completed in a few hours.",
        "Maintenance did run longer than expected (we were complete at 18:48 UTC) but the work proceeded as planned.",
        "Roughly 12% of organizations use this feature.",
        "Queue-size limits of 100 MB apply to uploads.",
        "Less than 5 percent of repositories are affected.",
        "All systems reporting at 100%.",
        // real wording of other companies (paraphrased): a next update, honest unknowns, vague hopes, jargon without a figure
        "We will provide an update by Friday, 2026-11-20 07:50 US/Pacific with current details.",
        "We will provide more information by Friday, 2026-11-20 16:05 US/Pacific.",
        "We'll be back with another update in 30 minutes.",
        "We will update in one hour, or sooner if we learn more.",
        "It is difficult to give a precise ETA for full recovery and we are focused on restoring alerts first.",
        "The ETA is not yet known. Next update at 15:00 UTC.",
        "ETA: unknown. We will post another update in 30 minutes.",
        "We will continue monitoring over the next 2 hours before we resolve this incident.",
        "We expect continued improvement over the next few hours.",
        "We estimate that 2 hours of data were delayed.",
        "Requests failed over the past 2 hours.",
        "Customers saw a brief p99 latency increase.",
        "A backlog in the message queue resulted in 503 errors for some users.",
        "We saw 1.1% error rates and higher 99th percentile latency for 5 hours 38 minutes.",
        "We'll check back in an hour or sooner if anything changes.",
        "More details will be provided within the next 60 minutes.",
        // "storage" is a product name as often as a disk: "Cloud Storage saw 1.1% error rates", "6% of our storage capacity"
        "Cloud Storage saw 1.1% error rates for 2 hours.",
        "This change will allow for a rollback within less than 15 minutes.",
        "We are investigating the attack target and have invoked mitigation until midnight.",
        "More information in the next 20 minutes.",
        "Mobile coverage is back to 98% of our sites.",
        "We have restored coverage to 90% of the affected areas.",
        "Network coverage in the north region is at 70%.",
        "Files stored in Delta S3 buckets may load slowly.",
        // from a second read of the change: monitoring is no fix promise, a count is no percentile figure
        "We will keep monitoring the service over the next 30 minutes.",
        "We will continue monitoring the backlog over the next 2 hours.",
        "We are testing a fix, which we should know more about within the hour.",
        "Getting the replica promoted brought the service back by 14:05.",
        "GET requests recovered, fully back by 14:05.",
        "Card payment delays are expected to be 10-15 minutes.",
        "The P90 tier is 3 nodes smaller after the migration.",
        // near misses of the ninth read: a look back, a delay's size, news after a time, a plan's length without a fix
        "Some customers may have seen errors for about 30 minutes.",
        "Emails may be delayed by up to 30 minutes.",
        "We will post an update shortly after 15:00 UTC.",
        "Service was restored shortly after 14:00 UTC.",
        "The migration will take 2 hours before we start testing.",
        "The fix had to be deployed at 22:00 UTC.",
        "We are working to understand what happened between 14:00 and 15:00 UTC.",
        "Customers' storage buckets were 100% available during the incident.",
        "The change impacted 6% of our storage capacity.",
        "08 May 2025 at 3:20 PM UTC | Data was caught up and the issue resolved.",
        "For many of you it might still take a couple of hours before logging in works again.",
        "Restores may take longer than 30 minutes for large repositories.",
        "We were working to restore service by 15:00 but the first attempt failed.",
        "Please check back in 20 minutes.",
        "Please check back in 20 minutes for an update.",
        // from the second read of the ninth: causes, what is observed, what users do, months, timetables, processing times
        "This service disruption is due to a power cut at our Frankfurt data centre at 03:12 UTC.",
        "The release that was due to be deployed at 10:00 has been postponed.",
        "It appears to be fixed in version 10.2.1, released at 09:00.",
        "We continue to see improvement since the fix at 14:10 UTC.",
        "The backlog continues to drain and has been stable for about 20 minutes.",
        "We're working to understand the impact of the rollback at 09:30.",
        "After the fix is deployed, you may need to restart the app within 24 hours to pick up the change.",
        "Notifications may be delayed for up to 10 minutes.",
        "Customers could only use the backup service until 10:30 UTC, when the main site returned.",
        "Since May, weekly restores take about 3 hours to complete.",
        "Archives from before the 1st of May take about 4 hours to restore.",
        "Restores may take 30 minutes or longer for large repositories.",
        "The replacement bus service is scheduled to depart York at 14:05 and 14:35.",
        "Buses will run every 15 minutes until normal service resumes.",
        "Students will need about 45 minutes to complete the online module once the portal is available.",
        "Refunds may take 3-5 days to be returned to your account.",
        "We will add capacity so such slowdowns last under 5 minutes in future.",
        "Traffic continues to recover and has been at normal levels for about 30 minutes.",
        "Accounts over 90% storage usage will see a warning banner.",
        "Your storage usage may show as 0 GB until the recalculation completes.",
        // from the third read: symptoms and routines after "continue to", past reports, plans called off or
        // asked of others, hedged lengths of what users wait for, "could" as the past of "can", frequencies
        "Some users continue to get the cached page from before the rollback at 10:00.",
        "We are working to get more engineers on site by 14:00.",
        "We are working to restore accounts that were locked for about 2 hours this morning.",
        "We continue to work to restore service in the 2 hours since the outage began.",
        "The change to be deployed at 22:00 tonight has been cancelled.",
        "We asked for the fix to be applied at 10:00, but it has not yet been applied.",
        "The patch to be deployed tomorrow at 10:00 does not affect this incident.",
        "Our post-incident survey may take about 5 minutes to complete.",
        "It may take 10 minutes for a new password to work on all your devices.",
        "Affected pages might take 2 minutes to load.",
        "Before the rollback, searches could take up to 2 minutes.",
        "The IT team could be back on site at 08:00.",
        "Engineers should be back on site just after 10:00.",
        "You will need 15 minutes until your device is back online after the update.",
        "Refunds will take 5 days until they are returned to your account.",
        "We will resume the investigation at 09:00 tomorrow.",
        "The engineer fixing the line will arrive by 11:00.",
        "We will keep monitoring the restored service for another 24 hours.",
        "The monitoring period for the restored service may last about 2 hours.",
        "Workspaces at 100% storage usage cannot upload new files.",
    })
    void cleanWordingHasNoFinding(String text) {
        assertEquals(List.of(), rules(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ETA 1h.",
        "Hotfix is underway, ETA ~45m",
        "ETA for the server to be back online and functional is 1 hour.",
        "We expect to have this fixed by 15:00.",
        "Fixed by 15:00.",
        "The fix will be deployed within 2 hours.",
        "We will be back in 10 minutes.",
        "We'll be back in 10 minutes.",
        "We’ll be back in 10 minutes.",
        "We'll restore service by 15:00.",
        "Back in 10 minutes.",
        "We expect full recovery within the next 30 minutes.",
        "We expect service to fully recover in 30 min.",
        "Mitigation is in place and should be fully recovered in the next 30 minutes.",
        "We are authoring a mitigation that will be deployed within one hour.",
        "We expect to be back up in 20 minutes.",
        "Service should be restored by 3pm PST.",
        "We expect the backlog to clear within the hour.",
        "Resolution expected within 2 hours.",
        "Estimated time of resolution: 16:30 UTC.",
        "We are processing our backlog of webhook deliveries and estimate that it will take 3 hours to clear.",
        "Our estimated time to clear the backlog is 2 hours.",
        "We are expecting the rollout to take up to 1.5 to 2 hours.",
        "We expect this to last until 19:00 UTC.",
        "Our new expected completion time is 21:00 UTC.",
        "Performance will be negatively impacted for another 30 minutes or so while we route traffic around a device.",
        "Downtime expected: < 5 minutes.</li><li><strong>2012-02-02</strong> - Done.",
        "This should take around 10 minutes.",
        "The eta is 15:00.",
        "Resolution within 2 hours.",
        "Back within the hour.",
        "Full recovery by 16:00 UTC.",
        "The API should be back in 15 minutes with an update to follow once confirmed.",
        "We expect the service to be back within 30 minutes with a further update here.",
        "Search will come back in 30 minutes with the next update of the index.",
        "We expect full recovery within twenty-five minutes.",
        "We expect to be back in eighteen minutes.",
        // real wording of other companies (paraphrased)
        "We expect volume performance to return to normal levels over the next 60 minutes.",
        "Customers should see resolution over the next 3 hours.",
        "The outage is expected to last between 15 and 30 minutes.",
        "We estimate another hour and a half until all of them are processed.",
        "We estimate another hour until the queue is processed.",
        "The delay is shrinking and we expect it to clear in about 2 more minutes.",
        "We hope to have those changes implemented in the next 90 minutes.",
        "Estimated time for delayed processing to fully clear: ~35 minutes.",
        "We should recover the recordings within the next couple of hours.",
        "We are targeting a fix by 16:00 UTC.",
        "We estimate another hour or so of downtime.",
        "We will be able to restore service by 16:00 UTC.",
        "We deployed an early fix, ETA for full recovery is 16:00 UTC.",
        "After a hard restart of the cluster, the ETA for recovery is 15:00 UTC.",
        "We are working hard to get this issue resolved and get the servers back online within about 45 minutes.",
        "We believe we can get this issue resolved and get the servers back online within about 45 minutes.",
        "We hope to restore email by midday Saturday.",
        "Disruption is expected until 6.30pm.",
        // a ninth read: hedged estimates, work under way, a length that runs until the fix
        "We expect that all staff email access will be restored shortly after midday today.",
        "The remaining backlog of inbound email requests may take up to 12 hours to clear.",
        "Full recovery may take another two hours.",
        "Please come back in 2 hours, when the system will be restored.",
        "It may take 2-3 hours for the backlog to clear.",
        "Replication might take about 2 hours to catch up.",
        "Servers could be back online within the hour.",
        "Slowdowns are expected to last for about 2 hours.",
        "The state is expected to take another 15 - 30 minutes before we reach normal attachment times.",
        "The team needs to rest before continuing to restore email by midday Saturday.",
        "We are validating the patch to be deployed at approximately 10:00pm US Pacific Time today.",
    })
    void anExactFixTimeIsAnEtaPromise(String text) {
        assertEquals(1, ruleIds(text, Rule.WORDING_ETA).size(), () -> "no wording-eta in: " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ΔS p95 is back under 0.2.",
        "delta S drifted above the rollback bar.",
        "λ is divergent on the new index.",
        "lambda: divergent",
        "Coverage dropped to 0.87 for EU answers.",
        "Citation coverage is at 81%.",
        "Citation coverage is at 81% of target.",
        "p95 latency is up 20 percent.",
        "p99 latency doubled.",
        "The 99th percentile latency reached 4 seconds.",
        "queue-depth is 3000.",
        "The queue_depth reached 12k.",
        "The p99 latency was 2.3 seconds.",
        "Some deliveries were delayed by as much as 62 minutes at the 99th percentile.",
        "Our data coverage is at 0.82 after the reindex.",
        "Citation coverage is at 85% of answers.",
        "The Redis cache reached 100% storage utilization, causing cache write failures.",
        "Storage utilization hit 97% on the primary.",
    })
    void internalFiguresAreCaught(String text) {
        assertFalse(ruleIds(text, Rule.WORDING_INTERNAL).isEmpty(), () -> "expected wording-internal in: " + text + " got " + rules(text));
    }

    /** Real wording (GitHub's) that wording-internal flagged before issue 15: the share of affected requests is user effect. */
    @ParameterizedTest
    @ValueSource(strings = {
        "The error rate is 12%.",
        "We are experiencing high error rates around 20% for web and API traffic.",
        "An approximate 50% error rate on downloads.",
        "About 35% of REST API requests are failing.",
        "Fewer than 1% of workflow runs fail.",
        "5xx errors peaked at 7.5% of requests.",
        "Token creation for GitHub Apps is failing in 11% of requests due to high write load.",
        "On average about 2% of GPT 5.3 Codex requests failed during this window.",
        "Customers will continue to see 500 errors for approximately 8% of Actions runner REST APIs.",
        "About 83% of requests to the analytics endpoint serving the /chronicle feature failed.",
        "We are investigating sporadic authentication failures impacting approximately 15% of API traffic.",
        "We saw a 1 to 2% increase in 4xx responses for a small number of endpoints.",
        "0.11% of authenticated REST API requests incorrectly returned not found responses.",
        "About 15% of runs were delayed, while roughly 1% failed to start.",
        "Of jobs queued, approximately 65% are succeeding.",
        "On average, 11.3% of webhook deliveries were impacted.",
    })
    void theShareOfAffectedRequestsIsUserEffect(String text) {
        assertEquals(List.of(), ruleIds(text, Rule.WORDING_INTERNAL));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Answers degraded (lambda divergent).",
        "CPU usage is at 95% on the primary.",
        "Queue depth reached 12000.",
    })
    void telemetryReadingsAreCaught(String text) {
        assertEquals(1, ruleIds(text, Rule.WORDING_INTERNAL).size(), () -> "expected one wording-internal in: " + text + " got " + rules(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Next checkpoint at hh:mm UTC.",
        "TODO: write the user effect",
        "Affected: TBD",
        "Next update at XX:XX, XXX",
        "We are investigating issues with <component>.",
        "Next update at <…>.",
        "Next update at {{next}}.",
        "...",
        "Please replace <yourcompany.com> in the DNS record.",
    })
    void placeholdersAreCaught(String text) {
        assertEquals(List.of(Rule.UNFILLED_PLACEHOLDER.id()),
                Wording.check(text, Tense.LIVE, true).stream().map(h -> h.rule().id()).distinct().toList(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script> broke the page",
        "<img src=x onerror=alert(1)>",
        "See <https://status.example.com/>.",
        "Mail <ops@example.com>.",
        "Latency < 5 seconds and > 2 seconds.",
        "The package service at <repo.example.org> is down.",
    })
    void htmlAutolinksAndComparisonsAreNotPlaceholders(String text) {
        assertEquals(List.of(), ruleIds(text, Rule.UNFILLED_PLACEHOLDER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Service was restored by 15:00 UTC.", "We restored service by 15:00."})
    void pastTenseReportsAreNotPromises(String text) {
        assertEquals(List.of(), ruleIds(text, Rule.WORDING_ETA));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fixed by 15:00 UTC.", "Back online by 15:00."})
    void aRetrospectiveSummaryMayStateWhenThingsWereFixed(String text) {
        assertEquals(List.of(), Wording.check(text, Tense.RETROSPECTIVE, true));
        assertEquals(1, Wording.check(text, Tense.LIVE, true).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"In total, we estimate 45 minutes of disruption for EU customers.",
        "We estimate 20 minutes of downtime for affected workspaces."})
    void aClosingSummaryMayEstimateHowLongTheImpactWas(String text) {
        assertEquals(List.of(), Wording.check(text, Tense.RETROSPECTIVE, true));
        assertEquals(1, Wording.check(text, Tense.LIVE, true).size());
    }
}
