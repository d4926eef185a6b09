package herald.announce;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A channel reached by an HTTP POST of JSON to a secret URL.
 *
 * @param urlEnv    the environment variable holding the URL (the URL is the secret)
 * @param secretEnv the variable holding the HMAC key ({@link Kind#WEBHOOK} only), or null for an unsigned body
 */
public record HttpChannel(Kind kind, String where, String urlEnv, String secretEnv, Filter filter) implements Channel {
    public enum Kind {
        SLACK("slack"), TEAMS("teams"), DISCORD("discord"), WEBHOOK("webhook");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Kind> byId(String id) {
            return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
        }
    }

    public HttpChannel {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(urlEnv, "urlEnv");
        Objects.requireNonNull(filter, "filter");
        if (secretEnv != null && kind != Kind.WEBHOOK) {
            throw new IllegalArgumentException("only a webhook channel is signed");
        }
    }

    @Override
    public String label() {
        return where + " " + kind.id();
    }
}
