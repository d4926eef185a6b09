package herald;

/** Small, valid content used by rule tests; each test changes one thing. */
public final class Fixtures {
    private Fixtures() {
    }

    public static final String SITE = """
            title: Test Status
            baseUrl: https://status.test.example/
            timezone: UTC
            components:
              - id: answers-api
                name: AI answers
                group: Product
              - id: citations
                name: Citations
                group: Product
            """;

    /** A resolved S2 incident that follows the default policy exactly. */
    public static final String INCIDENT = """
            ---
            title: Slow and incomplete AI answers
            severity: S2
            components: [answers-api, citations]
            triggered: 2026-11-20T14:02:00Z
            banner: Some AI answers may be slow or incomplete right now. We are restoring normal service. No action needed by you.
            cause: A cache key mismatch with the new index pointer caused mixed answers.
            postmortem: https://tracker.test.example/PM-123
            updates:
              - at: 2026-11-20T14:09:00Z
                status: investigating
                owner: Comms lead
                scope: EU regions, answers API
                effect: Slow responses and missing citations
                next: 2026-11-20T14:25:00Z
                body: |
                  We are investigating an incident affecting AI answers. Users may see
                  slow responses or missing citations. Next update in 15 minutes.
              - at: 2026-11-20T14:25:00Z
                status: identified
                owner: Comms lead
                scope: EU regions, answers API
                effect: Slow responses and missing citations
                next: 2026-11-20T14:40:00Z
                body: |
                  We identified a mismatch between cache keys and the new index pointer.
                  Next checkpoint at 14:40 UTC.
              - at: 2026-11-20T14:40:00Z
                status: monitoring
                owner: Comms lead
                scope: EU regions, answers API
                effect: Answers are back to normal
                next: 2026-11-20T15:05:00Z
                body: Answers are back to normal. We are monitoring. Next checkpoint at 15:05 UTC.
              - at: 2026-11-20T15:04:00Z
                status: resolved
                owner: Comms lead
                scope: EU regions, answers API
                effect: None
                body: This incident is resolved. Thank you for your patience.
            internal:
              roles: {incidentLead: Dana, commsLead: Priya, supportLead: Tom, sreOnCall: Lee}
              signals: {deltaS_p95: 0.41, coverage: 0.87, lambda: divergent}
            ---
            Between 14:02 and 15:04 UTC some answers were slow.
            """;

    public static final String MAINTENANCE = """
            ---
            title: Database upgrade
            components: [answers-api]
            scheduled: {start: 2026-12-01T02:00:00Z, end: 2026-12-01T03:00:00Z}
            banner: Planned maintenance on 1 December 02:00-03:00 UTC. Answers may be briefly unavailable.
            updates:
              - at: 2026-11-26T10:00:00Z
                status: scheduled
                owner: SRE
                scope: all regions
                effect: brief unavailability
                body: We will upgrade our database on 1 December between 02:00 and 03:00 UTC.
            ---
            """;

    public static final String INCIDENT_PATH = "content/incidents/2026-11-20-slow-answers.md";
    public static final String MAINTENANCE_PATH = "content/maintenance/2026-12-01-db-upgrade.md";

    /**
     * {@code text} with the first occurrence of {@code from} replaced by {@code to}; fails when
     * {@code from} is not there, so a fixture edit can never silently do nothing.
     */
    public static String change(String text, String from, String to) {
        int i = text.indexOf(from);
        if (i < 0) {
            throw new AssertionError("fixture does not contain: " + from);
        }
        return text.substring(0, i) + to + text.substring(i + from.length());
    }

    /** The site with one incident (and optionally more files), as txtar. */
    public static String site(String incident) {
        return "-- content/site.yaml --\n" + SITE + "-- " + INCIDENT_PATH + " --\n" + incident;
    }
}
