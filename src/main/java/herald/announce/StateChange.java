package herald.announce;

import java.time.Instant;
import java.util.Objects;

/**
 * The page or one component changed its public state between two publishes.
 *
 * @param subject the component id, or {@code page} for the page
 * @param name    the component's name, or the page's
 * @param at      the instant the new state was published for (the new manifest's {@code generatedFrom})
 * @param id      a stable id for the change, its idempotency key
 */
public record StateChange(Scope scope, String subject, String name, State before, State after, Instant at, String id) {
    public enum Scope { PAGE, COMPONENT }

    public StateChange {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(id, "id");
    }

    public static StateChange page(String pageName, State before, State after, Instant at) {
        return new StateChange(Scope.PAGE, "page", pageName, before, after, at, UpdateIds.stateChange("page", before, after, at));
    }

    public static StateChange component(String id, String name, State before, State after, Instant at) {
        return new StateChange(Scope.COMPONENT, id, name, before, after, at, UpdateIds.stateChange("component:" + id, before, after, at));
    }

    /** How a message lists it: the component's name, or "Overall" for the page. */
    public String shownName() {
        return scope == Scope.PAGE ? "Overall" : name;
    }

    /** A change into or out of maintenance is a maintenance event for a channel's {@code events:} filter. */
    public EntryKind kind() {
        return before == State.MAINTENANCE || after == State.MAINTENANCE ? EntryKind.MAINTENANCE : EntryKind.INCIDENT;
    }
}
