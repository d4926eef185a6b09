package herald.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** site.yaml: settings, components in page order, and the comms policy. */
public record Site(
        String title,
        String baseUrl,
        String language,
        ZoneId timezone,
        String description,
        String supportUrl,
        List<Component> components,
        Policy policy,
        Where where) {

    public Site {
        components = List.copyOf(components);
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
