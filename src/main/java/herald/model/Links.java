package herald.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which links Herald publishes. Every URL from content or options is an absolute {@code http:} or
 * {@code https:} URL with a host, so no page, feed or API response can carry a {@code javascript:}
 * (or any other) link; a base URL also has no query, fragment or surrounding space, since every
 * address of the site is built by appending a path to it.
 */
public final class Links {
    private Links() {
    }

    /** An absolute http(s) URL with a host, as URI syntax allows it (no spaces, quotes or angle brackets). */
    public static boolean isAbsoluteHttp(String u) {
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return uri.isAbsolute() && uri.getHost() != null && (scheme.equals("https") || scheme.equals("http"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Why {@code u} cannot be the base URL of a site, worded to follow {@code "baseUrl" is "…", }, or
     * null when it can.
     */
    public static String baseUrlProblem(String u) {
        if (!u.equals(u.strip())) {
            return "wrapped in spaces; write it like https://status.example.com/";
        }
        if (!isAbsoluteHttp(u)) {
            return "not an absolute http(s) URL; write it like https://status.example.com/";
        }
        URI uri = URI.create(u);
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return "a URL with a ?query or #fragment, but every page address is the base URL plus a path; write it like https://status.example.com/";
        }
        return null;
    }
}
