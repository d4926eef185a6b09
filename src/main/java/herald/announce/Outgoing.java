package herald.announce;

import java.util.Objects;

/** One message, ready to go: what is sent is exactly what a dry run prints. */
sealed interface Outgoing permits Outgoing.Post, Outgoing.Mail {
    /** The idempotency key: the update's id, or the state change's. */
    String key();

    /** What the message is about, for the result line: "2026-11-20-slow-answers investigating". */
    String summary();

    /** A JSON body for an HTTP channel. */
    record Post(String key, String summary, String json) implements Outgoing {
        public Post {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(json, "json");
        }
    }

    /** An email, sent to each recipient separately (nobody sees the other subscribers). */
    record Mail(String key, String summary, String subject, String text, String html) implements Outgoing {
        public Mail {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(html, "html");
        }
    }
}
