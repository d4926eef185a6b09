package herald.announce;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What is news between the live site's manifest and the one just built: the public updates it did
 * not have (oldest first, the order to tell them in), and the page's and components' state changes.
 * Comparing a manifest with itself gives nothing, so a second run after a publish sends nothing.
 */
public record Changes(List<Manifest.PublishedUpdate> newUpdates, Optional<StateChange> page, List<StateChange> components) {
    private static final Comparator<Manifest.PublishedUpdate> OLDEST_FIRST =
            Comparator.comparing(Manifest.PublishedUpdate::at).thenComparing(Manifest.PublishedUpdate::id);

    public Changes {
        newUpdates = List.copyOf(newUpdates);
        Objects.requireNonNull(page, "page");
        components = List.copyOf(components);
    }

    public static Changes between(Manifest previous, Manifest current) {
        Set<String> known = previous.updates().stream().map(Manifest.PublishedUpdate::id).collect(Collectors.toSet());
        // An update older than the previous manifest's window is backfilled history (or a longer
        // historyDays), not news: the live site never had a chance to show it as current.
        Instant windowStart = previous.generatedFrom().minus(Duration.ofDays(previous.historyDays()));
        List<Manifest.PublishedUpdate> fresh = current.updates().stream()
                .filter(u -> !u.imported())
                .filter(u -> !known.contains(u.id()))
                .filter(u -> !u.at().isBefore(windowStart))
                .sorted(OLDEST_FIRST)
                .toList();

        Instant at = current.generatedFrom();
        Optional<StateChange> page = previous.page().state() == current.page().state() ? Optional.empty()
                : Optional.of(StateChange.page(current.page().name(), previous.page().state(), current.page().state(), at));
        List<StateChange> components = new ArrayList<>();
        for (Manifest.ComponentState now : current.components()) {
            // a component new in site.yaml has no "before": adding it is not an event
            previous.component(now.id())
                    .filter(before -> before.state() != now.state())
                    .ifPresent(before -> components.add(StateChange.component(now.id(), now.name(), before.state(), now.state(), at)));
        }
        return new Changes(fresh, page, components);
    }

    public boolean isEmpty() {
        return newUpdates.isEmpty() && page.isEmpty() && components.isEmpty();
    }

    /** Every state change, the page's first. */
    public List<StateChange> stateChanges() {
        List<StateChange> all = new ArrayList<>();
        page.ifPresent(all::add);
        all.addAll(components);
        return all;
    }
}
