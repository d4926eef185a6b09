package herald.wording;

/**
 * Whether a wording-eta match is an announcement of the next update ("Another update will be
 * provided after the fix has been implemented, within the next 30 minutes") rather than a fix
 * time: it overlaps an announcement that {@link CheckpointPromises} reads, so the same grammar
 * decides what checkpoint-mismatch compares and what wording-eta leaves alone.
 */
public final class UpdateAnnouncement {
    private UpdateAnnouncement() {
    }

    /** Whether text[start, end) overlaps an announcement of the next update in {@code text}. */
    public static boolean covers(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start >= end) {
            return false;
        }
        for (Announcement a : UpdateAnnouncements.find(text)) {
            if (a.start() < end && start < a.end()) {
                return true;
            }
        }
        return false;
    }
}
