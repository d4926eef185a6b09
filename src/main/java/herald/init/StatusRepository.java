package herald.init;

import herald.yaml.YamlText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a new status repository, from the templates under herald/init/ in the jar: the
 * content folder (site.yaml with the policy written out, empty incidents/ and maintenance/ kept in
 * git), the pipelines of the host (GitHub workflows that use Herald's action, or a .gitlab-ci.yml
 * that includes Herald's template), the pre-commit hook, .gitignore, .herald-version and a README.
 */
public final class StatusRepository {
    static final String HOOK = ".githooks/pre-commit";
    /** A placeholder of a template: {{name}}; GitHub's own ${{ … }} expressions have spaces and are left alone. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)}}");

    private StatusRepository() {
    }

    public static Scaffold files(InitSettings settings, Release release) throws IOException {
        Map<String, String> values = values(settings, release);
        SortedMap<String, byte[]> files = new TreeMap<>();
        put(files, "content/site.yaml", fill("site.yaml", values));
        put(files, "content/incidents/.gitkeep", "");
        put(files, "content/maintenance/.gitkeep", "");
        put(files, ".gitignore", template("gitignore")
                + (settings.host().onGitlab() ? "# GitLab Pages publishes public/; the pipelines cache Herald in .herald/\n/public/\n/.herald/\n" : ""));
        put(files, ".herald-version", release.version() + "\n");
        put(files, HOOK, template("githooks/pre-commit"));
        put(files, ".pre-commit-config.yaml", template("pre-commit-config.yaml"));
        if (settings.host().onGitlab()) {
            put(files, ".gitlab-ci.yml", fill("gitlab/gitlab-ci.yml", values));
        } else {
            for (String workflow : new String[] {"status-review.yml", "status-publish.yml", "status-schedule.yml"}) {
                put(files, ".github/workflows/" + workflow, fill("github/" + workflow, values));
            }
        }
        put(files, "README.md", fill("README.md", values));
        return new Scaffold(files, Set.of(HOOK));
    }

    /** The GitHub Action of this release, as a workflow's {@code uses:} names it. */
    public static String action(Release release) {
        return release.repository() + "@v" + release.version();
    }

    /** Where GitLab includes the template of this release from. */
    public static String gitlabTemplate(Release release) {
        return "https://raw.githubusercontent.com/" + release.repository() + "/v" + release.version() + "/ci/herald.gitlab-ci.yml";
    }

    private static Map<String, String> values(InitSettings s, Release release) throws IOException {
        Host host = s.host();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("title", s.title());
        v.put("titleYaml", YamlText.scalar(s.title()));
        v.put("baseUrl", s.baseUrl());
        v.put("timezone", s.timezone());
        v.put("components", components(s));
        v.put("exampleComponent", s.components().get(0).id());
        v.put("version", release.version());
        v.put("heraldUrl", "https://github.com/" + release.repository());
        v.put("action", action(release));
        v.put("gitlabTemplate", gitlabTemplate(release));
        v.put("hostName", host.where());
        v.put("permissions", host.permissions());
        v.put("deploy", host.onGitlab() ? "" : template("github/deploy-" + host.id() + ".yml"));
        v.put("request", host.onGitlab() ? "merge request" : "pull request");
        v.put("pipelineFiles", host.onGitlab() ? "`.gitlab-ci.yml`" : "`.github/workflows/`");
        v.put("publishing", template("publishing/" + host.id() + ".md") + (host.onGitlab() ? "" : template("publishing/github-workflows.md")));
        return v;
    }

    private static String components(InitSettings s) {
        StringBuilder sb = new StringBuilder();
        for (ComponentSpec c : s.components()) {
            sb.append("  - id: ").append(c.id()).append('\n');
            sb.append("    name: ").append(YamlText.scalar(c.name())).append('\n');
            if (c.group() != null) {
                sb.append("    group: ").append(YamlText.scalar(c.group())).append('\n');
            }
        }
        return sb.toString();
    }

    /** A template with every {{name}} replaced; a name without a value is a bug in Herald's templates. */
    static String fill(String name, Map<String, String> values) throws IOException {
        Matcher m = PLACEHOLDER.matcher(template(name));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("template herald/init/" + name + " uses {{" + m.group(1) + "}}, which has no value");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    static String template(String name) throws IOException {
        try (InputStream in = StatusRepository.class.getResourceAsStream("/herald/init/" + name)) {
            if (in == null) {
                throw new IOException("Herald's jar has no herald/init/" + name + " (a broken build?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void put(SortedMap<String, byte[]> files, String path, String text) {
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
