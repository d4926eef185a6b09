package herald.announce;

import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code herald announce}'s engine: compares the live site's manifest with the new one and tells
 * every channel what is new. Channels run side by side and independently (a dead receiver only
 * costs its own messages); each channel gets its messages in order. Results are printed in the
 * order of site.yaml, after the run.
 *
 * @param env where the channels' secrets are looked up, by variable name
 * @param out the report, and in a dry run every message in full
 */
public record Announcer(Env env, SendSettings settings, PrintWriter out) {

    /**
     * @param announcements the public text of at least every new update of {@code Changes.between(previous, current)}
     * @param drafts        the internal audiences' drafts of those updates (only internal channels read them)
     * @param dryRun        print every message that would be sent, send none
     * @throws IllegalArgumentException when a new update has no announcement: the caller's wiring is wrong
     */
    public AnnounceOutcome announce(PreviousManifest previous, Manifest current, List<Announcement> announcements,
                                    List<InternalDraft> drafts, List<Channel> channels, boolean dryRun) throws InterruptedException {
        if (previous.manifest().isEmpty()) {
            String note = "no previous manifest (" + previous.absence() + ", " + previous.source() + "): a first deploy, so nothing"
                    + " is sent; the next run compares with this site's " + Manifest.PATH;
            return finish(note, new Changes(List.of(), Optional.empty(), List.of()), List.of());
        }
        Changes changes = Changes.between(previous.manifest().get(), current);
        if (changes.isEmpty()) {
            return finish("nothing new since " + previous.source() + ": nothing sent", changes, List.of());
        }
        Map<String, Announcement> byId = new LinkedHashMap<>();
        announcements.forEach(a -> byId.put(a.updateId(), a));
        for (Manifest.PublishedUpdate u : changes.newUpdates()) {
            if (!byId.containsKey(u.id())) {
                throw new IllegalArgumentException("no announcement for the new update " + u.id() + " of " + u.entryId());
            }
        }
        Map<String, InternalDraft> draftsByKey = new LinkedHashMap<>();
        drafts.forEach(d -> draftsByKey.put(MessagePlan.draftKey(d.updateId(), d.audience()), d));
        MessagePlan plan = new MessagePlan(current, byId, draftsByKey, settings.clock().instant());

        out.println("announce: " + count(changes.newUpdates().size(), "new update") + ", "
                + count(changes.stateChanges().size(), "state change") + " since " + previous.source()
                + (dryRun ? " (dry run: nothing is sent)" : ""));
        List<Delivery> results = dryRun ? printAll(plan, changes, channels) : sendAll(plan, changes, channels);
        return finish(null, changes, results);
    }

    private List<Delivery> printAll(MessagePlan plan, Changes changes, List<Channel> channels) {
        List<Delivery> results = new ArrayList<>();
        for (Channel c : channels) {
            for (MessagePlan.Item item : plan.forChannel(c, changes)) {
                DryRun.print(out, c, item, env);
                results.add(new Delivery(c.label(), item.message().key(), item.message().summary(),
                        item.problem() == null ? Delivery.Result.PRINTED : Delivery.Result.FAILED, 0,
                        item.problem() == null ? "" : item.problem()));
            }
        }
        return results;
    }

    private List<Delivery> sendAll(MessagePlan plan, Changes changes, List<Channel> channels) throws InterruptedException {
        HttpClient http = HttpDelivery.client(settings);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(channels.size(), 8)), r -> {
            Thread t = new Thread(r, "herald-announce");
            t.setDaemon(true); // a receiver that hangs must not keep the process alive
            return t;
        });
        try {
            List<Future<List<Delivery>>> running = new ArrayList<>();
            for (Channel c : channels) {
                List<MessagePlan.Item> items = plan.forChannel(c, changes);
                running.add(pool.submit(() -> new ChannelRun(c, env, settings, http).deliver(items)));
            }
            List<Delivery> results = new ArrayList<>();
            for (Future<List<Delivery>> f : running) {
                try {
                    results.addAll(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a channel's delivery broke: " + e.getCause(), e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private AnnounceOutcome finish(String note, Changes changes, List<Delivery> results) {
        AnnounceOutcome outcome = new AnnounceOutcome(note, changes, results);
        if (note != null) {
            out.println("announce: " + note);
        }
        results.forEach(d -> out.println(d.line()));
        if (!results.isEmpty()) {
            long delivered = results.stream().filter(d -> d.result() == Delivery.Result.DELIVERED).count();
            long printed = results.stream().filter(d -> d.result() == Delivery.Result.PRINTED).count();
            int failed = outcome.failures().size();
            out.println("announce: " + (printed > 0 ? printed + " printed, " : "") + delivered + " delivered, " + failed + " failed"
                    + (failed > 0 ? " (exit " + AnnounceOutcome.SOME_FAILED + "; the publish stands: failed messages are"
                    + " not retried by themselves)" : ""));
        }
        out.flush();
        return outcome;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
