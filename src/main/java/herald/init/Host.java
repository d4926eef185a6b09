package herald.init;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where the status page is published, and so which pipelines `herald init` writes. */
public enum Host {
    GITHUB_PAGES("github-pages", "to GitHub Pages", "  pages: write\n  id-token: write\n"),
    GITLAB_PAGES("gitlab-pages", "to GitLab Pages", ""),
    NETLIFY("netlify", "to Netlify", ""),
    CLOUDFLARE_PAGES("cloudflare-pages", "to Cloudflare Pages", ""),
    S3("s3", "to an S3 bucket behind a CDN", "");

    private final String id;
    private final String where;
    private final String permissions;

    Host(String id, String where, String permissions) {
        this.id = id;
        this.where = where;
        this.permissions = permissions;
    }

    public String id() {
        return id;
    }

    /** "to GitHub Pages": how the publish pipeline names its target. */
    String where() {
        return where;
    }

    /** The extra GitHub token permissions the publish job needs (YAML lines), none for most hosts. */
    String permissions() {
        return permissions;
    }

    /** GitLab Pages is published by GitLab CI; every other host by GitHub Actions. */
    public boolean onGitlab() {
        return this == GITLAB_PAGES;
    }

    public static Optional<Host> byId(String id) {
        return Arrays.stream(values()).filter(h -> h.id.equals(id)).findFirst();
    }

    /** "github-pages, gitlab-pages, …" for messages and --help. */
    public static String ids() {
        return Arrays.stream(values()).map(Host::id).collect(Collectors.joining(", "));
    }
}
