package herald.cli;

import herald.model.Content;
import herald.pipeline.Pipeline;
import herald.pipeline.PipelineOptions;
import herald.content.LoadFailure;
import herald.model.Incident;
import herald.review.LinkChecker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check-links",
        description = {"Check that every link and anchor of the built site resolves.",
            "Every relative link and anchor of every page. With --external, also that the postmortem and support URLs of the content answer (each within --timeout). Run it after build."},
        exitCodeList = {"0:all links resolve", "1:broken links (listed)", "2:could not run (no built site)"},
        footer = {"  herald build && herald check-links", "  herald check-links --external --timeout 5s"})
final class CheckLinksCommand extends IoCommand {
    @Option(names = "--site", paramLabel = "DIR", defaultValue = "site", description = "The built site (default: ${DEFAULT-VALUE}).")
    Path site;

    @Mixin
    ContentDirOption contentDir; // read for --external only

    @Option(names = "--external", description = "Also check the postmortem and support URLs (network; bounded by --timeout).")
    boolean external;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s", description = "Per URL, for --external: 5s (or 5), 1m (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Override
    public Integer call() throws IOException {
        Path dir = io.env.cwd().resolve(site).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new UserError("no built site at " + site + "; run herald build first");
        }
        PrintWriter out = io.out();
        LinkChecker.Report report = LinkChecker.internal(dir);
        List<LinkChecker.Broken> broken = new ArrayList<>(report.broken());
        String externalSummary = "";
        if (external) {
            Duration limit = Timeouts.parse(timeout, Duration.ofDays(1));
            List<String> urls = new ArrayList<>();
            try {
                Content content = Pipeline.lint(PipelineOptions.of(contentDir.content, io.env.cwd(), io.env.clock().instant())).model()
                        .orElseThrow(() -> new UserError("site.yaml does not load; run herald lint and fix it first"));
                if (content.site().supportUrl() != null) {
                    urls.add(content.site().supportUrl());
                }
                for (Incident i : content.incidents()) {
                    if (i.postmortem() != null) {
                        urls.add(i.postmortem());
                    }
                }
            } catch (LoadFailure e) {
                throw new UserError(e.getMessage());
            }
            List<LinkChecker.Broken> bad = LinkChecker.external(urls, limit);
            broken.addAll(bad);
            externalSummary = ", " + urls.stream().distinct().count() + " outside URLs";
        }
        broken.forEach(b -> out.println(b));
        out.println((broken.isEmpty() ? "all links resolve: " : broken.size() + " broken: ") + report.pages() + " pages, "
                + report.links() + " links" + externalSummary);
        return broken.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
