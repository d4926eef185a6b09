package herald.model;

/** The internal severity ladder. Never shown to users: only the state and impact derived from it are. */
public enum Severity {
    S1(PublicState.MAJOR_OUTAGE, "critical"),
    S2(PublicState.DEGRADED_PERFORMANCE, "major"),
    S3(PublicState.PARTIAL_OUTAGE, "minor"),
    S4(PublicState.INFORMATIONAL, "none");

    private final PublicState defaultState;
    private final String impact;

    Severity(PublicState defaultState, String impact) {
        this.defaultState = defaultState;
        this.impact = impact;
    }

    public PublicState defaultState() {
        return defaultState;
    }

    /** The public impact, in Statuspage's vocabulary: critical, major, minor, none. */
    public String impact() {
        return impact;
    }

    /** S1 to S3 break something for users: they need a banner and a postmortem. */
    public boolean breaksUsers() {
        return this != S4;
    }
}
