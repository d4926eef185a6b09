package herald.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * site.yaml, validated: settings, components in page order, the comms policy, and the default
 * {@code roles} a new incident records in internal.roles (internal, never rendered; only named
 * roles, in {@link Roles#KEYS} order); description, supportUrl and since (the first day the site
 * has data, in its zone; null: the day of the earliest entry) may be null.
 */
public record Site(
        String title,
        String baseUrl,
        String language,
        ZoneId timezone,
        String description,
        String supportUrl,
        List<Component> components,
        Policy policy,
        LocalDate since, java.util.Map<String, String> roles) {

    /** A site with no default roles. */
    public Site(String title, String baseUrl, String language, ZoneId timezone, String description, String supportUrl,
            List<Component> components, Policy policy, LocalDate since) {
        this(title, baseUrl, language, timezone, description, supportUrl, components, policy, since, java.util.Map.of());
    }

    public Site {
        roles = Roles.merge(roles, java.util.Map.of());
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(policy, "policy");
        components = List.copyOf(components);
    }

    /** A site whose data begins with its earliest entry. */
    public Site(String title, String baseUrl, String language, ZoneId timezone, String description, String supportUrl,
            List<Component> components, Policy policy) {
        this(title, baseUrl, language, timezone, description, supportUrl, components, policy, null);
    }

    public Optional<Component> component(String id) {
        return components.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The base URL with exactly one trailing slash, for building absolute links. */
    public String baseUrlWithSlash() {
        return withSlash(baseUrl);
    }

    /** A base URL with exactly one trailing slash; {@code /} for null. */
    public static String withSlash(String url) {
        if (url == null) {
            return "/";
        }
        return url.endsWith("/") ? url : url + "/";
    }
}
