package herald.cli;

import herald.announce.Announcement;
import herald.announce.Audience;
import herald.announce.InternalDraft;
import herald.author.NotificationDrafts;
import herald.model.Content;
import herald.model.Entry;
import herald.model.Update;
import herald.model.UpdateStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * herald notify's drafts of each announced update, for the channels with an internal audience:
 * the notification matrix, sent automatically. Internal text, never handed to a public channel
 * (the announcer only gives a channel its own audience's draft).
 */
final class AnnounceDrafts {
    private AnnounceDrafts() {
    }

    static List<InternalDraft> of(Content content, List<Announcement> announcements, Instant now) {
        List<InternalDraft> out = new ArrayList<>();
        for (Announcement a : announcements) {
            Entry entry = content.entries().stream().filter(e -> e.id().equals(a.entryId())).findFirst().orElseThrow();
            Map<String, String> drafts = NotificationDrafts.byAudience(content.site(), entry, update(entry, a), now);
            drafts.forEach((audience, text) -> out.add(new InternalDraft(a.updateId(), Audience.byId(audience).orElseThrow(), text)));
        }
        return out;
    }

    /** The authored update, or for a window's start that has none, one that says what the announcement says. */
    private static Update update(Entry entry, Announcement a) {
        Update before = entry.updates().get(0);
        for (Update u : entry.updates()) {
            if (u.instant().equals(a.at())) {
                return u;
            }
            if (u.instant().isBefore(a.at())) {
                before = u;
            }
        }
        return new Update(a.at().atOffset(ZoneOffset.UTC), UpdateStatus.IN_PROGRESS, before.owner(), before.scope(), before.effect(),
                null, null, a.body().markdown());
    }
}
