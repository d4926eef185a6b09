package herald.cli;

import herald.announce.AnnounceException;
import herald.announce.AnnounceOutcome;
import herald.announce.Announcement;
import herald.announce.Announcer;
import herald.announce.Changes;
import herald.announce.Channel;
import herald.announce.Env;
import herald.announce.InternalDraft;
import herald.announce.Manifest;
import herald.announce.ManifestJson;
import herald.announce.PreviousManifest;
import herald.announce.SendSettings;
import herald.content.LoadFailure;
import herald.derive.Announcements;
import herald.diag.DiagnosticFormat;
import herald.diag.DisplayPath;
import herald.init.Release;
import herald.model.Content;
import herald.pipeline.Pipeline;
import herald.pipeline.PipelineOptions;
import herald.pipeline.PipelineResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "announce",
        description = {"Send each new public update and state change of this deploy to the notify: channels.",
            "Compares the site just built with the one that was live before (its api/herald/manifest.json) and sends each new "
            + "public update, and each change of the page's or a component's state, to every channel of site.yaml's notify: list.",
            "The first deploy (no previous manifest) sends nothing.",
            "Public channels never get internal: fields or the severity; audience channels get herald notify's drafts."},
        exitCodeList = {"0:everything delivered, nothing new, a first deploy, or a dry run (also --save)",
            "2:could not run (unreadable previous manifest, no manifest in --site, a bad notify:, content not the site's)",
            "3:some deliveries failed (each is printed with its channel and reason); the rest were delivered"},
        footer = {"  herald announce --previous https://status.example.com/ --save .herald/live   # before the deploy",
            "  herald announce --previous .herald/live                                      # after the deploy",
            "  herald announce --previous .herald/live --dry-run"})
final class AnnounceCommand extends IoCommand {
    @Mixin
    ContentDirOption contentDir;

    @Option(names = "--previous", required = true, paramLabel = "URL|DIR",
            description = "The site that was live before this deploy: its URL (read before the deploy replaces it, see --save),"
                    + " or a folder holding its api/herald/manifest.json. None there: a first deploy, nothing is sent.")
    String previous;

    @Option(names = "--site", paramLabel = "DIR", defaultValue = "site",
            description = "The site just built and deployed (default: ${DEFAULT-VALUE}).")
    Path site;

    @Option(names = "--dry-run", description = "Print every message as it would be sent (variable names instead of secrets); send none.")
    boolean dryRun;

    @Option(names = "--save", paramLabel = "DIR",
            description = "Only fetch the previous manifest and keep it in DIR, for the announce after the deploy; sends nothing."
                    + " A live site without one keeps nothing, so that run is a first deploy too.")
    Path save;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s",
            description = "How long each attempt may take, as for check-links: 5s (or 5), 1m, at most 5m (default: ${DEFAULT-VALUE});"
                    + " 3 attempts per message.")
    String timeout;

    @Override
    public Integer call() throws InterruptedException {
        Duration attempt = attempt(); // a bad --timeout is refused before anything is read or sent
        PrintWriter out = io.out();
        if (save != null) {
            return keep(out);
        }
        PreviousManifest live = read();
        Manifest current = builtManifest();
        PipelineResult result = lint(current);
        Content model = result.model().orElseThrow(() -> new UserError("site.yaml does not validate"));
        List<Channel> channels = result.loaded().drafts().site().channels();
        Set<String> fresh = live.manifest().map(p -> Changes.between(p, current).newUpdates().stream()
                .map(Manifest.PublishedUpdate::id).collect(Collectors.toSet())).orElse(Set.of());
        List<Announcement> texts = Announcements.of(model, current.generatedFrom(), current.page().url(), fresh);
        if (texts.size() < fresh.size()) {
            throw new UserError(DisplayPath.of(io.env.cwd(), manifestFile()) + " lists updates that " + contentDir.content
                    + " does not have: the site was built from other content. Run herald build, deploy, then announce");
        }
        List<InternalDraft> drafts = channels.stream().anyMatch(c -> c.filter().audience().isInternal())
                ? AnnounceDrafts.of(model, texts, io.env.clock().instant()) : List.of();
        if (channels.isEmpty()) {
            out.println("announce: site.yaml has no notify: channels; nothing to send to");
        }
        SendSettings settings = SendSettings.defaults(io.env.clock(), Release.current().version())
                .withTimeout(attempt);
        AnnounceOutcome outcome = new Announcer(Env.of(io.env.variables()), settings, out)
                .announce(live, current, texts, drafts, channels, dryRun);
        return outcome.exitStatus() == AnnounceOutcome.ALL_DELIVERED ? ExitCodes.OK : ExitCodes.DELIVERY_FAILED;
    }

    /** How long one attempt may take. */
    private Duration attempt() {
        return Timeouts.parse(timeout, Duration.ofMinutes(5));
    }

    private PreviousManifest read() {
        try {
            return PreviousManifest.read(previous, io.env.cwd(), attempt());
        } catch (AnnounceException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Before a deploy: keeps what is live; a live site that cannot be read keeps nothing and never blocks the deploy. */
    private int keep(PrintWriter out) {
        Path folder = io.env.cwd().resolve(save);
        PreviousManifest live;
        try {
            live = read();
        } catch (UserError e) {
            out.println("announce: nothing kept, so the announce after the deploy sends nothing: " + e.getMessage());
            return ExitCodes.OK;
        }
        try {
            Optional<Path> kept = live.saveTo(folder);
            out.println(kept.map(f -> "announce: kept the live manifest " + live.source() + " in " + DisplayPath.of(io.env.cwd(), f))
                    .orElse("announce: no live manifest (" + live.absence() + "): nothing kept, so the announce after the deploy"
                            + " is a first deploy and sends nothing"));
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new UserError("cannot keep the live manifest in " + DisplayPath.of(io.env.cwd(), folder) + ": " + e.getMessage());
        }
    }

    private Path manifestFile() {
        return io.env.cwd().resolve(site).resolve(Manifest.PATH);
    }

    private Manifest builtManifest() {
        Path file = manifestFile();
        String shown = DisplayPath.of(io.env.cwd(), file);
        try {
            return ManifestJson.read(Files.readAllBytes(file), shown);
        } catch (NoSuchFileException e) {
            throw new UserError("no " + shown + ": run herald build first (--site names the folder it wrote)");
        } catch (IOException e) {
            throw new UserError("cannot read " + shown + ": " + e.getMessage());
        } catch (AnnounceException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The content as the build saw it (at the manifest's time): notify: and the texts come from it; a finding stops here. */
    private PipelineResult lint(Manifest current) {
        PipelineResult result;
        try {
            result = Pipeline.lint(PipelineOptions.of(contentDir.content, io.env.cwd(), current.generatedFrom()));
        } catch (LoadFailure e) {
            throw new UserError(e.getMessage());
        }
        if (result.incomplete() || result.hasErrors()) {
            ContentRun.report(result, DiagnosticFormat.TEXT, io.out(), io.err());
            throw new UserError("announce stopped: fix the errors above (a bad notify: is one); nothing was sent");
        }
        return result;
    }
}
