package herald.announce;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which messages one channel gets from one run, already formatted: the new updates its filters
 * let through (oldest first), as public text or, on an internal channel, as that audience's draft;
 * then the state changes (chat: one message; webhook: one per component, as Statuspage sends them;
 * email: none, the update's email already says the state).
 */
final class MessagePlan {
    /** A message to send, or one that cannot be made (its reason), reported as failed without sending. */
    record Item(Outgoing message, String problem) {
        Item {
            Objects.requireNonNull(message, "message");
        }
    }

    private final Manifest current;
    private final Map<String, Announcement> announcements;
    private final Map<String, InternalDraft> drafts;
    private final Instant generatedAt;

    /** @param drafts by {@link #draftKey} */
    MessagePlan(Manifest current, Map<String, Announcement> announcements, Map<String, InternalDraft> drafts, Instant generatedAt) {
        this.current = current;
        this.announcements = announcements;
        this.drafts = drafts;
        this.generatedAt = generatedAt;
    }

    static String draftKey(String updateId, Audience audience) {
        return updateId + "/" + audience.id();
    }

    List<Item> forChannel(Channel channel, Changes changes) {
        List<Item> items = new ArrayList<>();
        Filter f = channel.filter();
        for (Manifest.PublishedUpdate u : changes.newUpdates()) {
            if (f.accepts(u.kind(), u.components())) {
                items.add(update(channel, announcements.get(u.id())));
            }
        }
        List<StateChange> states = changes.stateChanges().stream().filter(c -> f.events().contains(c.kind()))
                .filter(c -> c.scope() == StateChange.Scope.PAGE ? f.components().isEmpty() : f.acceptsComponent(c.subject()))
                .toList();
        if (states.isEmpty() || channel instanceof EmailChannel) {
            return items;
        }
        HttpChannel hook = (HttpChannel) channel;
        if (hook.kind() == HttpChannel.Kind.WEBHOOK) {
            for (StateChange c : states) {
                if (c.scope() == StateChange.Scope.COMPONENT) {
                    items.add(new Item(new Outgoing.Post(c.id(), "state " + c.subject() + " " + c.before().id() + ">" + c.after().id(),
                            StatuspagePayloads.component(c, current, generatedAt)), null));
                }
            }
            return items;
        }
        StateNews news = new StateNews(current.page(), states);
        String json = switch (hook.kind()) {
            case SLACK -> SlackPayloads.states(news);
            case TEAMS -> TeamsPayloads.states(news);
            default -> DiscordPayloads.states(news);
        };
        items.add(new Item(new Outgoing.Post(news.key(), news.summary(), json), null));
        return items;
    }

    private Item update(Channel channel, Announcement a) {
        String summary = a.entryId() + " " + a.status();
        Audience audience = channel.filter().audience();
        if (!audience.isInternal()) {
            return new Item(publicMessage(channel, a, summary), null);
        }
        InternalDraft d = drafts.get(draftKey(a.updateId(), audience));
        if (d == null) {
            // never fall back to the public text silently: the room expects its draft
            return new Item(new Outgoing.Post(a.updateId(), summary, ""), "no " + audience.id() + " draft was given for this update");
        }
        return new Item(internalMessage(channel, a, d, summary), null);
    }

    private Outgoing publicMessage(Channel channel, Announcement a, String summary) {
        if (channel instanceof EmailChannel email) {
            return EmailContent.update(a, current.page(), email.unsubscribe(), summary);
        }
        String json = switch (((HttpChannel) channel).kind()) {
            case SLACK -> SlackPayloads.update(a);
            case TEAMS -> TeamsPayloads.update(a);
            case DISCORD -> DiscordPayloads.update(a, current.page());
            case WEBHOOK -> StatuspagePayloads.incident(a, current, generatedAt);
        };
        return new Outgoing.Post(a.updateId(), summary, json);
    }

    private Outgoing internalMessage(Channel channel, Announcement a, InternalDraft d, String summary) {
        if (channel instanceof EmailChannel) {
            return EmailContent.internal(a, d, summary);
        }
        String json = switch (((HttpChannel) channel).kind()) {
            case SLACK -> SlackPayloads.internal(a, d);
            case TEAMS -> TeamsPayloads.internal(a, d);
            case DISCORD -> DiscordPayloads.internal(a, d, current.page());
            case WEBHOOK -> StatuspagePayloads.internal(a, d, current, generatedAt);
        };
        return new Outgoing.Post(a.updateId(), summary, json);
    }
}
