package herald.announce;

import java.util.List;
import java.util.Objects;

/**
 * Email through an SMTP relay: one message per update to each address of the list in {@code toEnv}.
 *
 * @param from        the sender, as "Example Status &lt;status@example.com&gt;" or a bare address
 * @param unsubscribe the {@code List-Unsubscribe} targets (https and/or mailto), owned by a form service
 *                    or mailing-list tool; may be empty only on an internal-audience channel
 */
public record EmailChannel(String where, Smtp smtp, String from, String toEnv, List<String> unsubscribe, Filter filter)
        implements Channel {
    public EmailChannel {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(smtp, "smtp");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toEnv, "toEnv");
        Objects.requireNonNull(filter, "filter");
        unsubscribe = List.copyOf(unsubscribe);
    }

    @Override
    public String label() {
        return where + " email";
    }

    /**
     * The relay. Host, user and password come from the environment.
     *
     * @param starttls require STARTTLS (it is always used when the server offers it)
     */
    public record Smtp(String hostEnv, int port, String userEnv, String passwordEnv, boolean starttls) {
        public Smtp {
            Objects.requireNonNull(hostEnv, "hostEnv");
            if ((userEnv == null) != (passwordEnv == null)) {
                throw new IllegalArgumentException("userEnv and passwordEnv go together");
            }
        }
    }
}
