package herald.model;

/** The internal severity ladder. Never shown to users: only the state and impact derived from it are. */
public enum Severity {
    S1(PublicState.MAJOR_OUTAGE, "critical", "major outage, most users blocked"),
    S2(PublicState.DEGRADED_PERFORMANCE, "major", "partial outage, degraded answers or timeouts"),
    S3(PublicState.PARTIAL_OUTAGE, "minor", "narrow scope, one region or one feature"),
    S4(PublicState.INFORMATIONAL, "none", "advisory only, no user breakage");

    private final PublicState defaultState;
    private final String impact;
    private final String userImpact;

    Severity(PublicState defaultState, String impact, String userImpact) {
        this.defaultState = defaultState;
        this.impact = impact;
        this.userImpact = userImpact;
    }

    public PublicState defaultState() {
        return defaultState;
    }

    /** The public impact, in Statuspage's vocabulary: critical, major, minor, none. */
    public String impact() {
        return impact;
    }

    public String userImpact() {
        return userImpact;
    }

    /** S1 to S3 break something for users: they need a banner and a postmortem. */
    public boolean breaksUsers() {
        return this != S4;
    }
}
