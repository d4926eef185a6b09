package herald.cli;

import herald.diag.DisplayPath;
import herald.content.LoadFailure;
import herald.diag.DiagnosticFormat;
import herald.init.ComponentSpec;
import herald.init.Host;
import herald.init.InitSettings;
import herald.init.Release;
import herald.init.Scaffold;
import herald.init.StatusRepository;
import herald.pipeline.Pipeline;
import herald.pipeline.PipelineOptions;
import herald.pipeline.PipelineResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "init",
        description = {"Make a status repository that lints and builds at once.",
            "It holds content/site.yaml (components, time zone, the comms policy written out), content/incidents/ and content/maintenance/, the pipelines of the host (Herald's GitHub "
            + "Action or GitLab template, installing the release bundle pinned in .herald-version), a pre-commit hook, "
            + ".gitignore and a README with the during-an-incident sequence. At a terminal it asks for what the flags do not "
            + "say; elsewhere (CI, scripts) it takes the defaults."},
        exitCodeList = {ExitCodes.LISTED_WRITTEN, "1:refused: some of the files exist (listed; --force replaces them)",
            "2:could not run (a bad value, I/O failure)"},
        footer = {"  herald init initech-status --title \"Initech Status\" --base-url https://status.initech.example/ \\",
            "      --components \"API, Dashboard, Platform/Webhooks\" --timezone America/New_York --host github-pages",
            "  herald init    # in the current folder, asking at the terminal"})
final class InitCommand extends IoCommand {
    static final String DEFAULT_URL = "https://status.example.com/";

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "The status repository's folder, made if missing (default: the current folder).")
    Path dir;

    @Option(names = "--title", paramLabel = "TEXT", description = "The page's name (default: from the folder name, e.g. Initech Status).")
    String title;

    @Option(names = "--base-url", paramLabel = "URL", description = "Where the page will be served (default: " + DEFAULT_URL + ").")
    String baseUrl;

    @Option(names = "--components", paramLabel = "NAMES",
            description = "Comma-separated component names, Group/Name for a group: \"API, Dashboard, Platform/Webhooks\" (default: Website).")
    String components;

    @Option(names = "--timezone", paramLabel = "ZONE", description = "IANA time zone the page shows times in (default: UTC).")
    String timezone;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Where it is published: github-pages, gitlab-pages, netlify, cloudflare-pages or s3 (default: github-pages).")
    String host;

    @Mixin
    NewFiles newFiles;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = io.out();
        Path target = io.env.cwd().resolve(dir).normalize();
        String shown = DisplayPath.of(io.env.cwd(), target);
        List<String> defaulted = new ArrayList<>();
        String name = target.getFileName() == null ? "status" : target.getFileName().toString();
        String t = ask("--title", title, "Title of the status page", InitSettings.titleFor(name), InitSettings::checkTitle, defaulted);
        String url = ask("--base-url", baseUrl, "URL the page will be served from", DEFAULT_URL, InitSettings::checkBaseUrl, defaulted);
        List<ComponentSpec> c = ask("--components", components, "Components, comma-separated (Group/Name for a group)", "Website",
                ComponentSpec::parse, defaulted);
        String zone = ask("--timezone", timezone, "Time zone of the page (IANA)", "UTC", InitSettings::checkTimezone, defaulted);
        Host h = ask("--host", host, "Published to (" + Host.ids() + ")", Host.GITHUB_PAGES.id(), InitCommand::host, defaulted);
        InitSettings settings = new InitSettings(t, url, zone, c, h);
        Scaffold files = StatusRepository.files(settings, Release.current());
        newFiles.write(files, target, io);
        out.println("wrote " + files.files().size() + " files to " + shown + "/:");
        files.files().keySet().forEach(p -> out.println("  " + p));
        if (!defaulted.isEmpty()) {
            out.println("defaults used for " + String.join(", ", defaulted) + ": change them in " + DisplayPath.of(io.env.cwd(),
                    target.resolve("content/site.yaml")) + (defaulted.contains("--host") ? " (--host: run init again with --force)" : ""));
        }
        out.println("lint: " + lint(target));
        out.println("next: " + (shown.equals(".") ? "" : "cd " + shown + " && ") + "herald build && herald serve   # preview at http://127.0.0.1:8080/");
        out.println("      git init && git add -A && git commit -m \"Status page\", then push it: README.md says how it publishes");
        return ExitCodes.OK;
    }

    /** The flag's value, else the answer at the terminal (asked again until valid), else the default. */
    private <T> T ask(String flag, String given, String question, String fallback, Function<String, T> check, List<String> defaulted) {
        if (given != null) {
            return checked(given, check);
        }
        Terminal terminal = io.env.terminal();
        if (terminal == null) {
            defaulted.add(flag);
            return checked(fallback, check);
        }
        PrintWriter err = io.err();
        while (true) {
            String answer = terminal.ask(question, fallback);
            if (answer == null) {
                throw new UserError("no answer for " + flag + " (input ended); nothing was written");
            }
            try {
                return check.apply(answer);
            } catch (IllegalArgumentException e) {
                err.println("herald: " + e.getMessage());
                err.flush();
            }
        }
    }

    private static <T> T checked(String value, Function<String, T> check) {
        try {
            return check.apply(value);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static Host host(String id) {
        return Host.byId(id.strip()).orElseThrow(() -> new IllegalArgumentException("--host \"" + id.strip() + "\" is not a host Herald"
                + " writes pipelines for; use one of " + Host.ids()));
    }

    /** The new content, linted at once, so init never leaves a repository that does not build. */
    private String lint(Path target) {
        try {
            PipelineResult r = Pipeline.lint(PipelineOptions.of(target.resolve("content"), target, io.env.clock().instant()));
            if (r.hasErrors()) {
                throw new IllegalStateException("the content herald init wrote does not lint: " + r.diagnostics());
            }
            return DiagnosticFormat.summary(r.diagnostics(), r.filesRead());
        } catch (LoadFailure e) {
            throw new IllegalStateException("the content herald init wrote does not load: " + e.getMessage());
        }
    }
}
