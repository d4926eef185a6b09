package herald.announce;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One new public update, display-ready, as the caller renders it from the content: only public
 * text (the body's three forms come from the site's own Markdown renderer and sanitizer).
 *
 * @param updateId    the id in the manifest ({@link UpdateIds#update})
 * @param url         the entry's page on the status site
 * @param status      Herald's status id ({@code investigating}, {@code in-progress}, ...)
 * @param statusLabel how the site shows it ("Investigating", "In progress")
 * @param timeDisplay the time as the site shows it, in the site's zone ("2026-11-20 14:09 UTC")
 * @param components  the entry's components with their public state just before and at this update
 * @param pageState   the page's state at this update
 * @param timeline    the entry's public history, for the Statuspage-shaped webhook
 */
public record Announcement(String updateId, EntryKind kind, String entryId, String title, String url, String status,
                           String statusLabel, Instant at, String timeDisplay, Body body, List<AffectedComponent> components,
                           State pageState, Timeline timeline) {
    /** The public impacts of the spec's ladder: what the Status API calls {@code impact}. Severity never is one. */
    static final Set<String> PUBLIC_IMPACTS = Set.of("none", "minor", "major", "critical", "maintenance");

    public Announcement {
        Objects.requireNonNull(updateId, "updateId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusLabel, "statusLabel");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(timeDisplay, "timeDisplay");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(pageState, "pageState");
        Objects.requireNonNull(timeline, "timeline");
        components = List.copyOf(components);
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new IllegalArgumentException("the entry's url must be absolute http(s): " + url);
        }
    }

    /** The state this entry puts its components in: the worst of them after the update, or the page's when it names none. */
    public State effect() {
        return components.stream().map(AffectedComponent::after).reduce(State::worst).orElse(pageState);
    }

    /** "AI answers, Web app", or empty when the entry names no component. */
    public String componentNames() {
        return components.stream().map(AffectedComponent::name).collect(Collectors.joining(", "));
    }

    /** Statuspage's words for the page's state at this update ("Partially Degraded Service"). */
    public String pageDescription() {
        return pageState.indicatorDescription();
    }

    /**
     * The update's public text: plain (Slack, webhook, email text part), Markdown (Teams, Discord)
     * and sanitized HTML (the email's HTML part), all from the same body.
     */
    public record Body(String text, String markdown, String html) {
        public Body {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(markdown, "markdown");
            Objects.requireNonNull(html, "html");
        }
    }

    public record AffectedComponent(String id, String name, State before, State after) {
        public AffectedComponent {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /**
     * The entry's public facts as the Status API has them. Times are null where the API has null.
     *
     * @param impact  the public impact ({@code none|minor|major|critical|maintenance}), never a severity
     * @param earlier the entry's earlier updates, newest first, without this one
     */
    public record Timeline(String impact, Instant createdAt, Instant monitoringAt, Instant resolvedAt, Instant scheduledFor,
                           Instant scheduledUntil, List<EarlierUpdate> earlier) {
        public Timeline {
            if (!PUBLIC_IMPACTS.contains(impact)) {
                throw new IllegalArgumentException("impact must be one of " + PUBLIC_IMPACTS + " (public), not " + impact);
            }
            Objects.requireNonNull(createdAt, "createdAt");
            earlier = List.copyOf(earlier);
        }
    }

    /** An earlier public update of the same entry, as the webhook repeats it. */
    public record EarlierUpdate(String id, String status, String bodyText, Instant at, List<AffectedComponent> components) {
        public EarlierUpdate {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(bodyText, "bodyText");
            Objects.requireNonNull(at, "at");
            components = List.copyOf(components);
        }
    }
}
