package herald.diag;

/**
 * Every lint rule of the content format, with its id and default level.
 * The ids are the public contract (docs, waivers, CI annotations): never rename one.
 */
public enum Rule {
    YAML_SYNTAX("yaml-syntax", Level.ERROR),
    REQUIRED_FIELD("required-field", Level.ERROR),
    UNKNOWN_FIELD("unknown-field", Level.ERROR),
    INVALID_VALUE("invalid-value", Level.ERROR),
    TIMESTAMP_OFFSET("timestamp-offset", Level.ERROR),
    TIMESTAMP_ORDER("timestamp-order", Level.ERROR),
    FUTURE_UPDATE("future-update", Level.ERROR),
    UNKNOWN_COMPONENT("unknown-component", Level.ERROR),
    DUPLICATE_ID("duplicate-id", Level.ERROR),
    FIRST_UPDATE_LATE("first-update-late", Level.ERROR),
    CADENCE_GAP("cadence-gap", Level.ERROR),
    CHECKPOINT_MISSED("checkpoint-missed", Level.ERROR),
    CHECKPOINT_TOO_FAR("checkpoint-too-far", Level.ERROR),
    CHECKPOINT_MISMATCH("checkpoint-mismatch", Level.ERROR),
    UPDATE_OVERDUE("update-overdue", Level.WARNING),
    AFTER_RESOLVED("after-resolved", Level.ERROR),
    RESOLVED_MISSING_CAUSE("resolved-missing-cause", Level.ERROR),
    POSTMORTEM_MISSING("postmortem-missing", Level.ERROR),
    BANNER_MISSING("banner-missing", Level.ERROR),
    BANNER_TOO_LONG("banner-too-long", Level.ERROR),
    STATE_SEVERITY_MISMATCH("state-severity-mismatch", Level.ERROR),
    WORDING_ETA("wording-eta", Level.WARNING),
    WORDING_INTERNAL("wording-internal", Level.ERROR),
    UNFILLED_PLACEHOLDER("unfilled-placeholder", Level.ERROR),
    /** Git-based: an update that reached the default branch later than its claimed time (an error with --strict). */
    BACKDATED_UPDATE("backdated-update", Level.WARNING),
    /** An S1/S2 incident whose internal.roles does not name the four roles of the comms plan. */
    ROLES_MISSING("roles-missing", Level.WARNING);

    private final String id;
    private final Level level;

    Rule(String id, Level level) {
        this.id = id;
        this.level = level;
    }

    public String id() {
        return id;
    }

    /** The level the spec gives this rule; a waiver or a grace period may lower it for one finding. */
    public Level level() {
        return level;
    }
}
