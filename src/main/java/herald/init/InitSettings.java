package herald.init;

import herald.model.TimeFormats;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * What `herald init` asks for, checked: a title, the absolute http(s) URL the page is served from
 * (ending in a slash), an IANA time zone, at least one component and the host. A bad value throws
 * IllegalArgumentException with a message that says what to write instead.
 */
public record InitSettings(String title, String baseUrl, String timezone, List<ComponentSpec> components, Host host) {
    public InitSettings {
        title = checkTitle(title);
        baseUrl = checkBaseUrl(baseUrl);
        timezone = checkTimezone(timezone);
        components = List.copyOf(components);
    }

    /** The title, stripped; one line of text. */
    public static String checkTitle(String title) {
        String t = title.strip();
        if (t.isEmpty() || t.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("--title: write the page's name on one line, e.g. \"Initech Status\"");
        }
        return t;
    }

    /** An IANA zone id. */
    public static String checkTimezone(String zone) {
        String z = zone.strip();
        if (TimeFormats.ianaZone(z) == null) {
            throw new IllegalArgumentException("--timezone \"" + z + "\" is not an IANA time zone; write e.g. UTC, Europe/Berlin or America/New_York");
        }
        return z;
    }

    /** An absolute http(s) URL, with a slash added at the end when missing. */
    public static String checkBaseUrl(String given) {
        String url = given.strip();
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || u.getHost() == null || u.getQuery() != null || u.getFragment() != null) {
                throw new URISyntaxException(url, "not an absolute http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--base-url \"" + url + "\" is not an absolute https:// URL; write where the page will be served,"
                    + " e.g. https://status.example.com/");
        }
        return url.endsWith("/") ? url : url + "/";
    }

    /** A title for a folder name: "initech-status" -> "Initech Status", "acme" -> "Acme Status". */
    public static String titleFor(String folderName) {
        StringBuilder sb = new StringBuilder();
        for (String word : folderName.split("[-_.\\s]+")) {
            if (!word.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        String t = sb.toString();
        return t.isEmpty() ? "Status" : t.toLowerCase(Locale.ROOT).endsWith("status") ? t : t + " Status";
    }
}
