package herald.announce;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The state changes one chat channel is told about in one run, as one message: a room wants "the
 * page is now degraded, API and Web changed", not a message per component.
 */
record StateNews(Manifest.Page page, List<StateChange> changes) {
    StateNews {
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("no state change to tell");
        }
    }

    /** One key for the set: the same changes told again carry the same key. */
    String key() {
        return UpdateIds.shortId("states:" + changes.stream().map(StateChange::id).collect(Collectors.joining(",")));
    }

    Instant at() {
        return changes.get(0).at();
    }

    /** The time in the site's zone, as the site shows times: "2026-11-20 14:09 UTC". */
    String timeDisplay() {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ROOT).withZone(page.timeZone()).format(at());
    }

    Optional<StateChange> pageChange() {
        return changes.stream().filter(c -> c.scope() == StateChange.Scope.PAGE).findFirst();
    }

    List<StateChange> componentChanges() {
        return changes.stream().filter(c -> c.scope() == StateChange.Scope.COMPONENT).toList();
    }

    /** "Example Status: Degraded performance (was Operational)", or the first component's change when the page kept its state. */
    String headline() {
        StateChange lead = pageChange().orElse(changes.get(0));
        String who = lead.scope() == StateChange.Scope.PAGE ? page.name() : page.name() + ": " + lead.name();
        return who + ": " + lead.after().label() + " (was " + lead.before().label() + ")";
    }

    /** The summary in a result line. */
    String summary() {
        return "state " + changes.stream().map(c -> c.subject() + " " + c.before().id() + ">" + c.after().id())
                .collect(Collectors.joining(", "));
    }
}
