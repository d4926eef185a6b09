package herald.model;

import java.time.OffsetDateTime;

/**
 * The fields only an incident has, declared once with their accessors for the draft the lint
 * works on (any may be null) and the validated {@link Incident} (severity and trigger never null).
 */
public interface IncidentFields {
    /**
     * @param state       the declared public state, or null for the ladder default of the severity
     * @param stateReason why the state differs from that default, or null
     * @param cause       the short public cause, or null
     * @param postmortem  the postmortem link, or null
     */
    record Own(Severity severity, OffsetDateTime triggered, PublicState state, String stateReason, String cause, String postmortem) {
    }

    Own own();

    default Severity severity() {
        return own().severity();
    }

    default OffsetDateTime triggered() {
        return own().triggered();
    }

    default PublicState state() {
        return own().state();
    }

    default String stateReason() {
        return own().stateReason();
    }

    default String cause() {
        return own().cause();
    }

    default String postmortem() {
        return own().postmortem();
    }
}
