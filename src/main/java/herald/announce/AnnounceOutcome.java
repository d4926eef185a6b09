package herald.announce;

import java.util.List;

/**
 * What a run did: every message's result. A failed delivery never undoes the publish; the
 * command maps {@link #exitStatus()} to the process's exit status.
 *
 * @param note what the run found, for people: "first deploy: nothing sent", "nothing new"
 */
public record AnnounceOutcome(String note, Changes changes, List<Delivery> deliveries) {
    /** Everything was delivered, or there was nothing to send (first deploy included), or a dry run. */
    public static final int ALL_DELIVERED = 0;
    /** At least one message failed on at least one channel; the others were delivered. */
    public static final int SOME_FAILED = 3;

    public AnnounceOutcome {
        deliveries = List.copyOf(deliveries);
    }

    public List<Delivery> failures() {
        return deliveries.stream().filter(d -> d.result() == Delivery.Result.FAILED).toList();
    }

    public int exitStatus() {
        return failures().isEmpty() ? ALL_DELIVERED : SOME_FAILED;
    }
}
