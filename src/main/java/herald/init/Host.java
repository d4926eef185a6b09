package herald.init;

import herald.diag.PublicId;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where the status page is published, and so which pipelines `herald init` writes. */
public enum Host implements PublicId {
    GITHUB_PAGES("to GitHub Pages", "  pages: write\n  id-token: write\n"),
    GITLAB_PAGES("to GitLab Pages", ""),
    NETLIFY("to Netlify", ""),
    CLOUDFLARE_PAGES("to Cloudflare Pages", ""),
    S3("to an S3 bucket behind a CDN", "");

    private final String where;
    private final String permissions;

    Host(String where, String permissions) {
        this.where = where;
        this.permissions = permissions;
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
        return PublicId.byId(Host.class, id);
    }

    /** "github-pages, gitlab-pages, …" for messages and --help. */
    public static String ids() {
        return Arrays.stream(values()).map(Host::id).collect(Collectors.joining(", "));
    }
}
