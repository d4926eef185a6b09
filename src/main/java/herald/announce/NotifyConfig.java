package herald.announce;

import herald.diag.Suggestions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * site.yaml's {@code notify:} list, from the plain Map/List tree the loader reads. Every problem
 * carries the field's path ({@code notify[1].smtp.port}) so the loader can point at its line.
 */
public final class NotifyConfig {
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final List<String> COMMON = List.of("type", "components", "events", "audience");
    private static final List<String> HOOK = List.of("urlEnv");
    private static final List<String> WEBHOOK = List.of("urlEnv", "secretEnv");
    private static final List<String> EMAIL = List.of("smtp", "from", "toEnv", "unsubscribe");
    private static final List<String> SMTP = List.of("hostEnv", "port", "userEnv", "passwordEnv", "starttls");

    /** One problem in the list: the field's path, what kind of problem, and what to do. */
    public record Problem(String path, Kind kind, String message) {
        /** The loader points at the key for {@code UNKNOWN_KEY}, at the enclosing mapping for {@code MISSING}, else at the value. */
        public enum Kind { UNKNOWN_KEY, MISSING, INVALID }

        public Problem(String path, String message) {
            this(path, message.startsWith("missing:") ? Kind.MISSING : Kind.INVALID, message);
        }

        @Override
        public String toString() {
            return path + ": " + message;
        }
    }

    /** The channels that parsed, and the problems of the rest; use the channels only when there are no problems. */
    public record Parsed(List<Channel> channels, List<Problem> problems) {
        public Parsed {
            channels = List.copyOf(channels);
            problems = List.copyOf(problems);
        }
    }

    private final Set<String> componentIds;
    private final List<Problem> problems = new ArrayList<>();

    private NotifyConfig(Set<String> componentIds) {
        this.componentIds = Set.copyOf(componentIds);
    }

    /**
     * @param notify       the value of {@code notify:} (null when the key is absent: no channels)
     * @param componentIds the site's component ids, which {@code components:} filters must name
     */
    public static Parsed parse(Object notify, Set<String> componentIds) {
        NotifyConfig config = new NotifyConfig(componentIds);
        List<Channel> channels = new ArrayList<>();
        if (notify instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                config.channel(list.get(i), "notify[" + i + "]").ifPresent(channels::add);
            }
        } else if (notify != null) {
            config.problem("notify", "expected a list of channels, like - {type: slack, urlEnv: SLACK_WEBHOOK_URL}");
        }
        return new Parsed(channels, config.problems);
    }

    private Optional<Channel> channel(Object value, String at) {
        if (!(value instanceof Map<?, ?> map)) {
            problem(at, "expected a channel, like {type: slack, urlEnv: SLACK_WEBHOOK_URL}");
            return Optional.empty();
        }
        Object type = map.get("type");
        Optional<HttpChannel.Kind> hook = type instanceof String s ? HttpChannel.Kind.byId(s) : Optional.empty();
        if (hook.isEmpty() && !"email".equals(type)) {
            problem(at + ".type", type == null ? "missing: one of slack, teams, discord, webhook, email"
                    : "\"" + type + "\" is not a channel type: one of slack, teams, discord, webhook, email");
            return Optional.empty();
        }
        int before = problems.size();
        List<String> allowed = new ArrayList<>(COMMON);
        allowed.addAll(hook.isEmpty() ? EMAIL : hook.get() == HttpChannel.Kind.WEBHOOK ? WEBHOOK : HOOK);
        unknownKeys(map, allowed, at);
        Filter filter = filter(map, at);
        Channel channel = hook.isPresent()
                ? new HttpChannel(hook.get(), at, envName(map, "urlEnv", at, true),
                        hook.get() == HttpChannel.Kind.WEBHOOK ? envName(map, "secretEnv", at, false) : null, filter)
                : email(map, at, filter);
        return problems.size() == before ? Optional.of(channel) : Optional.empty();
    }

    private EmailChannel email(Map<?, ?> map, String at, Filter filter) {
        EmailChannel.Smtp smtp = new EmailChannel.Smtp("", 25, null, null, true);
        if (map.get("smtp") instanceof Map<?, ?> s) {
            unknownKeys(s, SMTP, at + ".smtp");
            String user = envName(s, "userEnv", at + ".smtp", false);
            String password = envName(s, "passwordEnv", at + ".smtp", false);
            if ((user == null) != (password == null)) {
                problem(at + ".smtp." + (user == null ? "userEnv" : "passwordEnv"), "userEnv and passwordEnv go together: give both or neither");
                user = null;
                password = null;
            }
            smtp = new EmailChannel.Smtp(envName(s, "hostEnv", at + ".smtp", true), port(s.get("port"), at + ".smtp.port"),
                    user, password, starttls(s.get("starttls"), at + ".smtp.starttls"));
        } else {
            problem(at + ".smtp", "missing: {hostEnv: SMTP_HOST, port: 587, userEnv: SMTP_USER, passwordEnv: SMTP_PASSWORD}");
        }
        String from = map.get("from") instanceof String f ? f : null;
        if (from == null || !Addresses.isMailbox(from)) {
            problem(at + ".from", from == null ? "missing: the sender, like \"Example Status <status@example.com>\""
                    : "\"" + from + "\" is not an email address, like \"Example Status <status@example.com>\"");
        }
        List<String> unsubscribe = unsubscribe(map.get("unsubscribe"), at + ".unsubscribe", filter.audience());
        return new EmailChannel(at, smtp, from == null ? "" : from, envName(map, "toEnv", at, true), unsubscribe, filter);
    }

    private Filter filter(Map<?, ?> map, String at) {
        List<String> components = new ArrayList<>();
        if (map.containsKey("components")) {
            List<?> list = list(map.get("components"), at + ".components", "[api, web] (ids of site.yaml's components)");
            for (int i = 0; i < list.size(); i++) {
                Object id = list.get(i);
                if (id instanceof String s && componentIds.contains(s)) {
                    components.add(s);
                } else {
                    problem(at + ".components[" + i + "]", "\"" + id + "\" is not a component of site.yaml: one of "
                            + String.join(", ", componentIds.stream().sorted().toList()));
                }
            }
        }
        Set<EntryKind> events = EnumSet.allOf(EntryKind.class);
        if (map.containsKey("events")) {
            events = EnumSet.noneOf(EntryKind.class);
            List<?> list = list(map.get("events"), at + ".events", "[incidents, maintenance]");
            for (int i = 0; i < list.size(); i++) {
                Optional<EntryKind> k = list.get(i) instanceof String s ? EntryKind.byEvent(s) : Optional.empty();
                if (k.isPresent()) {
                    events.add(k.get());
                } else {
                    problem(at + ".events[" + i + "]", "\"" + list.get(i) + "\" is not an event: incidents or maintenance");
                }
            }
            if (events.isEmpty()) {
                events = EnumSet.allOf(EntryKind.class); // the problem is reported; keep the record valid
            }
        }
        Audience audience = Audience.PUBLIC;
        Object a = map.get("audience");
        if (a != null) {
            Optional<Audience> parsed = a instanceof String s ? Audience.byId(s) : Optional.empty();
            if (parsed.isPresent()) {
                audience = parsed.get();
            } else {
                problem(at + ".audience", "\"" + a + "\" is not an audience: public, exec, support, sales or eng");
            }
        }
        return new Filter(components, events, audience);
    }

    private List<?> list(Object value, String at, String example) {
        if (value instanceof List<?> l && !l.isEmpty()) {
            return l;
        }
        problem(at, value instanceof List<?> ? "an empty list lets nothing through: omit the key to take everything"
                : "expected a list, like " + example);
        return List.of();
    }

    /** A variable name, never a value: a URL or an address here would put a secret into git. */
    private String envName(Map<?, ?> map, String key, String at, boolean required) {
        Object v = map.get(key);
        if (v == null) {
            if (required) {
                problem(at + "." + key, "missing: the name of the environment variable that holds it, like " + example(key));
            }
            return required ? "" : null;
        }
        String s = String.valueOf(v);
        if (!ENV_NAME.matcher(s).matches()) {
            boolean secretLike = s.contains("://") || s.contains("@") || s.length() > 40;
            problem(at + "." + key, (secretLike ? "this looks like the secret itself: keep it out of git, store it in a CI secret"
                    + " and give the variable's name, like " : "\"" + s + "\" is not an environment variable name, like ") + example(key));
            return required ? "" : null;
        }
        return s;
    }

    private static String example(String key) {
        return switch (key) {
            case "secretEnv" -> "WEBHOOK_SECRET";
            case "hostEnv" -> "SMTP_HOST";
            case "userEnv" -> "SMTP_USER";
            case "passwordEnv" -> "SMTP_PASSWORD";
            case "toEnv" -> "STATUS_SUBSCRIBERS";
            default -> "SLACK_WEBHOOK_URL";
        };
    }

    private int port(Object v, String at) {
        if (v instanceof Integer p && p > 0 && p < 65536) {
            return p;
        }
        problem(at, v == null ? "missing: the relay's port, like 587" : "\"" + v + "\" is not a port: a number from 1 to 65535, like 587");
        return 25;
    }

    private boolean starttls(Object v, String at) {
        if (v == null || v instanceof Boolean) {
            return v == null || (Boolean) v;
        }
        problem(at, "expected true or false (default true: refuse a relay without STARTTLS)");
        return true;
    }

    private List<String> unsubscribe(Object v, String at, Audience audience) {
        List<?> values = v == null ? List.of() : v instanceof List<?> l ? l : List.of(v);
        List<String> out = new ArrayList<>();
        for (Object u : values) {
            String s = String.valueOf(u);
            if (s.startsWith("https://") || s.startsWith("http://") || s.startsWith("mailto:")) {
                out.add(s);
            } else {
                problem(at, "\"" + s + "\" is not an https: or mailto: address for List-Unsubscribe");
            }
        }
        if (values.isEmpty() && !audience.isInternal()) {
            problem(at, "missing: subscribers need a way out; give the https URL of the form service or mailing-list tool"
                    + " that owns the list, or a mailto: address");
        }
        return out;
    }

    private void unknownKeys(Map<?, ?> map, List<String> allowed, String at) {
        for (Object key : map.keySet()) {
            String k = String.valueOf(key);
            if (!allowed.contains(k)) {
                String hint = switch (k) {
                    case "url", "secret", "host", "user", "password", "to" -> ": secrets only by variable name: use " + k + "Env";
                    default -> Suggestions.closest(k, allowed).map(near -> " (did you mean \"" + near + "\"?)")
                            .orElse(": expected one of " + String.join(", ", allowed));
                };
                problems.add(new Problem(at + "." + k, Problem.Kind.UNKNOWN_KEY, "unknown key \"" + k + "\"" + hint));
            }
        }
    }

    private void problem(String path, String message) {
        problems.add(new Problem(path, message));
    }
}
