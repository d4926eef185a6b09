package herald.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Announcements of the next update, resolved to the instant a reader would take them to mean. */
class CheckpointPromisesTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Duration GRACE = Duration.ofMinutes(2);

    private static List<String> promises(String body, String at, ZoneId zone) {
        return CheckpointPromises.find(body, OffsetDateTime.parse(at), zone).stream()
                .map(p -> p.quoted() + " = " + p.promisedTime() + " (" + p.reading() + ")").toList();
    }

    @Test
    void nextUpdateAtAUtcTimeThatDiffersFromNextIsAMismatch() {
        List<Promise> found = CheckpointPromises.find("Mitigation is in progress. Next update at 14:55 UTC.",
                OffsetDateTime.parse("2026-11-20T14:25:00Z"), UTC);
        assertEquals(List.of(new Promise(27, 51, Instant.parse("2026-11-20T14:55:00Z"), "Next update at 14:55 UTC", "14:55 UTC")), found);
        assertTrue(found.get(0).differsFrom(Instant.parse("2026-11-20T14:40:00Z"), GRACE));
        assertEquals(Duration.ofMinutes(15), found.get(0).offBy(Instant.parse("2026-11-20T14:40:00Z")));
    }

    @Test
    void nextCheckpointAtTheSameTimeAsNextIsClean() {
        Promise p = CheckpointPromises.find("Next checkpoint at 14:40 UTC.", OffsetDateTime.parse("2026-11-20T14:25:00Z"), UTC).get(0);
        assertFalse(p.differsFrom(Instant.parse("2026-11-20T14:40:00Z"), GRACE));
        assertFalse(p.differsFrom(Instant.parse("2026-11-20T14:42:00Z"), GRACE), "within checkpointGrace");
        assertTrue(p.differsFrom(Instant.parse("2026-11-20T14:42:01Z"), GRACE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Next update in twenty-five minutes.|2026-11-20T14:50:00Z",
        "Next update in twenty five minutes.|2026-11-20T14:50:00Z",
        "Next update in Twenty-Five minutes.|2026-11-20T14:50:00Z",
        "Next update in eighteen minutes.|2026-11-20T14:43:00Z",
        "Next update in fifteen minutes.|2026-11-20T14:40:00Z",
        "Next update in 20-25 minutes.|2026-11-20T14:50:00Z",
    })
    void numberWordsAreReadWhole(String body, String promised) {
        // "twenty-five" was read as twenty with "-five" as the end of a range, a false checkpoint-mismatch
        Promise p = CheckpointPromises.find(body, OffsetDateTime.parse("2026-11-20T14:25:00Z"), UTC).get(0);
        assertEquals(Instant.parse(promised), p.promisedTime(), body);
    }

    @ParameterizedTest
    @CsvSource({"one,1", "nine,9", "ten,10", "thirteen,13", "nineteen,19", "twenty,20", "twenty-one,21", "forty five,45",
        "ninety-nine,99", "seventy,70", "twenty-ten,-1", "five-twenty,-1", "fifteen-five,-1", "hundred,-1"})
    void numberWordValues(String word, int value) {
        assertEquals(value, NumberWords.value(word));
    }

    @Test
    void inThirtyMinutesCountsFromAtAndMissesAFifteenMinuteNext() {
        Promise p = CheckpointPromises.find("Next update in 30 minutes.", OffsetDateTime.parse("2026-11-20T14:25:00Z"), UTC).get(0);
        assertEquals(Instant.parse("2026-11-20T14:55:00Z"), p.promisedTime());
        assertEquals("30 minutes after the update at 14:25Z", p.reading());
        assertTrue(p.differsFrom(Instant.parse("2026-11-20T14:40:00Z"), GRACE));
        assertFalse(CheckpointPromises.find("Next update in 15 minutes.", OffsetDateTime.parse("2026-11-20T14:25:00Z"), UTC).get(0)
                .differsFrom(Instant.parse("2026-11-20T14:40:00Z"), GRACE));
    }

    @Test
    void aDelayLongerThanAYearIsNoPromise() {
        // found by the fuzz test: a huge number overflowed the instant
        assertEquals(List.of(), promises("Next update in 99999999999999999999 minutes.", "2026-11-20T14:25:00Z", UTC));
        assertEquals(List.of(), promises("Next update in 9000000 hours.", "2026-11-20T14:25:00Z", UTC));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Next update at 14:55 UTC.                                        | Next update at 14:55 UTC = 2026-11-20T14:55:00Z (14:55 UTC)",
        "Next update at 14:55 GMT.                                        | Next update at 14:55 GMT = 2026-11-20T14:55:00Z (14:55 GMT)",
        "Next update: 14:55Z                                              | Next update: 14:55Z = 2026-11-20T14:55:00Z (14:55 Z)",
        "Next update 16:00 UTC+1                                          | Next update 16:00 UTC+1 = 2026-11-20T15:00:00Z (16:00 UTC+1 (+01:00))",
        "The next update will be at 3:30 PM UTC.                          | The next update will be at 3:30 PM UTC = 2026-11-20T15:30:00Z (15:30 UTC)",
        "Next update at 12:30 a.m. UTC.                                   | Next update at 12:30 a.m. UTC = 2026-11-21T00:30:00Z (00:30 UTC)",
        "We will update you by 16:00.                                     | We will update you by 16:00 = 2026-11-20T16:00:00Z (16:00 in the site's zone UTC)",
        "We'll update again in 45 minutes.                                | We'll update again in 45 minutes = 2026-11-20T15:25:00Z (45 minutes after the update at 14:40Z)",
        "We'll provide another update within the next 30 minutes.         | another update within the next 30 minutes = 2026-11-20T15:10:00Z (30 minutes after the update at 14:40Z)",
        "We will provide a more detailed status update within an hour.    | a more detailed status update within an hour = 2026-11-20T15:40:00Z (1 hour after the update at 14:40Z)",
        "We will provide an update on our progress at 20:00 UTC.          | an update on our progress at 20:00 UTC = 2026-11-20T20:00:00Z (20:00 UTC)",
        "We will continue to post updates every 30 minutes.               | updates every 30 minutes = 2026-11-20T15:10:00Z (30 minutes after the update at 14:40Z)",
        "Next update in 30-45 minutes.                                    | Next update in 30-45 minutes = 2026-11-20T15:25:00Z (45 minutes after the update at 14:40Z)",
        "Next update in half an hour.                                     | Next update in half an hour = 2026-11-20T15:10:00Z (30 minutes after the update at 14:40Z)",
        "<br /><br />Next update in 2 hours                               | Next update in 2 hours = 2026-11-20T16:40:00Z (2 hours after the update at 14:40Z)",
        "We will post an update on 28 Nov at 09:00 UTC.                   | an update on 28 Nov at 09:00 UTC = 2026-11-28T09:00:00Z (28 Nov 09:00 UTC)",
        "We will provide another update tomorrow at 09:00 UTC.            | another update tomorrow at 09:00 UTC = 2026-11-21T09:00:00Z (tomorrow 09:00 UTC)",
        "Next update at 09:00 UTC on Monday.                              | Next update at 09:00 UTC on Monday = 2026-11-23T09:00:00Z (Monday 09:00 UTC)",
        "We will be back in 10 minutes with an update.                   | We will be back in 10 minutes with an update = 2026-11-20T14:50:00Z (10 minutes after the update at 14:40Z)",
        "Next update at 15:20 +01:00.                                     | Next update at 15:20 +01:00 = 2026-11-20T14:20:00Z (15:20 +01:00)",
        "Next update at 09:20 -0500.                                      | Next update at 09:20 -0500 = 2026-11-20T14:20:00Z (09:20 -0500 (-05:00))",
        "Next update 15:20 -15:25 UTC.                                    | Next update 15:20 = 2026-11-20T15:20:00Z (15:20 in the site's zone UTC)",
        "Next update at 15:00-15:30 UTC.                                  | Next update at 15:00 = 2026-11-20T15:00:00Z (15:00 in the site's zone UTC)",
        // other companies' standard wording (paraphrased): Google Cloud's, Slack's, SendGrid's
        "We will provide an update by Friday, 2026-11-20 07:50 US/Pacific with current details. | an update by Friday, 2026-11-20 07:50 US/Pacific = 2026-11-20T15:50:00Z (Friday, 2026-11-20 07:50 US/Pacific (-08:00))",
        "We will provide more information by Friday, 2026-11-20 08:05 America/Los_Angeles. | more information by Friday, 2026-11-20 08:05 America/Los_Angeles = 2026-11-20T16:05:00Z (Friday, 2026-11-20 08:05 America/Los_Angeles (-08:00))",
        "We'll be back with another update in 30 minutes.                 | We'll be back with another update in 30 minutes = 2026-11-20T15:10:00Z (30 minutes after the update at 14:40Z)",
        "We will update in one hour, or sooner if we learn more.          | We will update in one hour = 2026-11-20T15:40:00Z (1 hour after the update at 14:40Z)",
        "We will provide an update in another 30 minutes.                 | an update in another 30 minutes = 2026-11-20T15:10:00Z (30 minutes after the update at 14:40Z)",
        "More details will be provided within the next 60 minutes.        | More details will be provided within the next 60 minutes = 2026-11-20T15:40:00Z (1 hour after the update at 14:40Z)",
        "We'll check back in an hour or sooner if anything changes.       | We'll check back in an hour = 2026-11-20T15:40:00Z (1 hour after the update at 14:40Z)",
        "Still degraded. More information in the next 20 minutes.         | More information in the next 20 minutes = 2026-11-20T15:00:00Z (20 minutes after the update at 14:40Z)",
        "More in 30 minutes.                                              | More in 30 minutes = 2026-11-20T15:10:00Z (30 minutes after the update at 14:40Z)",
        "Next update at 15:20 UTC/GMT.                                    | Next update at 15:20 UTC = 2026-11-20T15:20:00Z (15:20 UTC)",
    })
    void announcementsInAUtcSite(String body, String expected) {
        assertEquals(List.of(expected), promises(body, "2026-11-20T14:40:00Z", UTC));
    }

    @Test
    void anotherUpdateAfterTheFixWithinTheNextThirtyMinutesIsAnAnnouncement() {
        assertEquals(List.of("Another update will be provided after the fix has been implemented, within the next 30 minutes"
                + " = 2026-11-20T15:10:00Z (30 minutes after the update at 14:40Z)"),
                promises("Another update will be provided after the fix has been implemented, within the next 30 minutes.",
                        "2026-11-20T14:40:00Z", UTC));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the site's abbreviation for the date at hand, read literally
        "2026-11-20T14:40:00Z | Next checkpoint 15:10 CET                | Next checkpoint 15:10 CET = 2026-11-20T14:10:00Z (15:10 CET (+01:00))",
        "2026-07-20T12:40:00Z | Next checkpoint 15:10 CEST               | Next checkpoint 15:10 CEST = 2026-07-20T13:10:00Z (15:10 CEST (+02:00))",
        "2026-07-20T12:40:00Z | Next checkpoint 15:10 CET                | Next checkpoint 15:10 CET = 2026-07-20T14:10:00Z (15:10 CET (+01:00))",
        "2026-07-20T12:40:00Z | We will update you by 15:10 Europe/Berlin | We will update you by 15:10 Europe/Berlin = 2026-07-20T13:10:00Z (15:10 Europe/Berlin (+02:00))",
        // no zone: the site's zone, as on the page
        "2026-11-20T14:40:00Z | We will update you by 16:00.             | We will update you by 16:00 = 2026-11-20T15:00:00Z (16:00 in the site's zone Europe/Berlin (CET))",
        "2026-07-20T12:40:00Z | Next update at 15:00.                    | Next update at 15:00 = 2026-07-20T13:00:00Z (15:00 in the site's zone Europe/Berlin (CEST))",
    })
    void aBerlinSite(String at, String body, String expected) {
        assertEquals(List.of(expected), promises(body, at, BERLIN));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-01-20T07:40:00Z | Next checkpoint at 02:55 EST.   | Next checkpoint at 02:55 EST = 2026-01-20T07:55:00Z (02:55 EST (-05:00))",
        "2026-07-20T18:40:00Z | Next update at 2:55pm ET        | Next update at 2:55pm ET = 2026-07-20T18:55:00Z (14:55 ET (-04:00))",
        "2026-07-20T18:40:00Z | Next update at 2:55 PM EDT.     | Next update at 2:55 PM EDT = 2026-07-20T18:55:00Z (14:55 EDT (-04:00))",
        "2026-07-20T18:40:00Z | Next update at 11:55 AM PT.     | Next update at 11:55 AM PT = 2026-07-20T18:55:00Z (11:55 PT (-07:00))",
    })
    void aNewYorkSite(String at, String body, String expected) {
        assertEquals(List.of(expected), promises(body, at, NEW_YORK));
    }

    @Test
    void theSitesOwnAbbreviationWinsOverTheTable() {
        assertEquals(List.of("Next update at 15:00 CST = 2026-11-20T07:00:00Z (15:00 CST (+08:00))"),
                promises("Next update at 15:00 CST", "2026-11-20T06:40:00Z", ZoneId.of("Asia/Shanghai")));
        assertEquals(List.of("Next update at 15:00 IST = 2026-11-20T09:30:00Z (15:00 IST (+05:30))"),
                promises("Next update at 15:00 IST", "2026-11-20T09:10:00Z", ZoneId.of("Asia/Kolkata")));
    }

    @Test
    void anAmbiguousZoneIsLeftOutRatherThanGuessed() {
        assertEquals(List.of(), promises("Next update at 15:00 IST", "2026-11-20T14:40:00Z", UTC));
        assertEquals(1, CheckpointPromises.announcements("Next update at 15:00 IST").size());
    }

    @Test
    void aTimeOfDayTakesTheDayNearestToAt() {
        assertEquals(List.of("Next update at 00:10 UTC = 2026-11-21T00:10:00Z (00:10 UTC)"),
                promises("Next update at 00:10 UTC", "2026-11-20T23:55:00Z", UTC));
        assertEquals(List.of("Next update at 14:45 UTC = 2026-11-20T14:45:00Z (14:45 UTC)"),
                promises("Next update at 14:45 UTC", "2026-11-20T14:50:00Z", UTC), "a time just past is a mistake of today");
        assertEquals(List.of("an update on 2 Jan at 09:00 UTC = 2027-01-02T09:00:00Z (2 Jan 09:00 UTC)"),
                promises("We will post an update on 2 Jan at 09:00 UTC.", "2026-12-31T14:50:00Z", UTC));
    }

    @Test
    void twoPromisesInOneBodyAreBothFound() {
        assertEquals(List.of("Next update at 15:00 UTC = 2026-11-20T15:00:00Z (15:00 UTC)",
                "next update in 30 minutes = 2026-11-20T15:10:00Z (30 minutes after the update at 14:40Z)"),
                promises("Next update at 15:00 UTC.\n\nWe are working on it; next update in 30 minutes.", "2026-11-20T14:40:00Z", UTC));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We expect a fix in 30 minutes.",
        "The fix should be rolled out by 15:00 UTC.",
        "We will deploy an update in 30 minutes.",
        "We are rolling out an update to the runners by 15:00 UTC.",
        "We will provide an update once the fix is deployed, which we expect within 30 minutes.",
        "We will provide an update when we have one.",
        "We will send another update in a few minutes.",
        "We will continue to monitor the progress and will provide an update in few hours.",
        "Next checkpoint at hh:mm UTC.",
        "Service was restored at 14:02 UTC; we will share the postmortem within 48 hours.",
        "A postmortem is scheduled. Target publish within 48 hours.",
        "Updates to user timelines are delayed by 30 minutes.",
        "We have an update: the fix will roll out in 30 minutes.",
        "We are working on backfilling delayed pull request push updates from 09:00 to 10:00 UTC.",
        "Next update in 15",
        "We will update the DNS records in 10 minutes.",
        "We will deploy the update in 30 minutes.",
        "We have more information about the fix at 15:00 UTC.",
        "More errors in 30 minutes than in the whole day before.",
        "We will send more information to account owners within 24 hours.",
        "We will provide more information on the root cause by 16:00 UTC tomorrow.",
        "We'll post more details at 16:00 UTC on our blog.",
        "We will update in 5 minutes the DNS records to point at the new load balancer.",
        "We will update by 15:30 UTC the status of each affected order.",
    })
    void fixTimesAndVagueWordsAreNoPromises(String body) {
        assertEquals(List.of(), promises(body, "2026-11-20T14:40:00Z", UTC));
    }

    @Test
    void theSeedTemplatesPromiseWhatTheyAnnounce() {
        assertEquals(List.of("Next update in 15 minutes = 2026-11-20T14:24:00Z (15 minutes after the update at 14:09Z)"),
                promises("We are investigating an incident affecting AI answers. Users may see slow responses or missing citations. "
                        + "The team has engaged rollback options and is validating recovery steps now. Next update in 15 minutes.",
                        "2026-11-20T14:09:00Z", UTC));
        assertEquals(List.of(), promises("This incident is resolved. Answers and citations are stable. We will publish a brief write up "
                + "and the prevention steps. Thank you for your patience.", "2026-11-20T14:09:00Z", UTC));
    }
}
