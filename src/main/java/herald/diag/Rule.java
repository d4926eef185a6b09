package herald.diag;

/**
 * Every lint rule of the content format, with its id and default level.
 * The ids ({@link PublicId}: YAML_SYNTAX is yaml-syntax) are the public contract (docs, waivers,
 * CI annotations): never rename a constant.
 */
public enum Rule implements PublicId {
    YAML_SYNTAX(Level.ERROR),
    REQUIRED_FIELD(Level.ERROR),
    UNKNOWN_FIELD(Level.ERROR),
    INVALID_VALUE(Level.ERROR),
    TIMESTAMP_OFFSET(Level.ERROR),
    TIMESTAMP_ORDER(Level.ERROR),
    FUTURE_UPDATE(Level.ERROR),
    UNKNOWN_COMPONENT(Level.ERROR),
    DUPLICATE_ID(Level.ERROR),
    FIRST_UPDATE_LATE(Level.ERROR),
    CADENCE_GAP(Level.ERROR),
    CHECKPOINT_MISSED(Level.ERROR),
    CHECKPOINT_TOO_FAR(Level.ERROR),
    UPDATE_OVERDUE(Level.WARNING),
    AFTER_RESOLVED(Level.ERROR),
    RESOLVED_MISSING_CAUSE(Level.ERROR),
    POSTMORTEM_MISSING(Level.ERROR),
    BANNER_MISSING(Level.ERROR),
    BANNER_TOO_LONG(Level.ERROR),
    STATE_SEVERITY_MISMATCH(Level.ERROR),
    WORDING_ETA(Level.WARNING),
    WORDING_INTERNAL(Level.ERROR),
    UNFILLED_PLACEHOLDER(Level.ERROR),
    /** Git-based: an update that reached the default branch later than its claimed time (an error with --strict). */
    BACKDATED_UPDATE(Level.WARNING),
    /** An S1/S2 incident whose internal.roles does not name the four roles of the comms plan. */
    ROLES_MISSING(Level.WARNING);

    private final Level level;

    Rule(Level level) {
        this.level = level;
    }

    /** The level the spec gives this rule; a waiver or a grace period may lower it for one finding. */
    public Level level() {
        return level;
    }
}
