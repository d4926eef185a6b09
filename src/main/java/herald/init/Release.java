package herald.init;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * This build of Herald, as Maven wrote it into herald/version.properties: the version (from the
 * pom), the commit it was built from ("unknown" outside a git checkout) and the GitHub repository
 * it is released from (where the action, the GitLab template and the bundles are).
 */
public record Release(String version, String commit, String repository) {
    public static Release current() {
        Properties p = new Properties();
        try (InputStream in = Release.class.getResourceAsStream("/herald/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource reads as an unknown build, below
        }
        return from(p);
    }

    static Release from(Properties p) {
        return new Release(known(p, "version", "dev"), known(p, "commit", "unknown"), known(p, "repository", "herald-status/herald"));
    }

    /** A property, unless missing or left unfiltered ("${…}", a build outside Maven). */
    private static String known(Properties p, String key, String fallback) {
        String v = p.getProperty(key, "").strip();
        return v.isEmpty() || v.startsWith("${") ? fallback : v;
    }
}
