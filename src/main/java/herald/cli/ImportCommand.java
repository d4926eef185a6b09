package herald.cli;

import herald.content.LoadFailure;
import herald.diag.DiagnosticFormat;
import herald.importer.ImportFailure;
import herald.importer.ImportRun;
import herald.importer.StatuspageSources;
import herald.pipeline.Pipeline;
import herald.pipeline.PipelineOptions;
import herald.pipeline.PipelineResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import",
        description = "Bring in the history of another status page: Statuspage (files, URLs, the v1 API) or cState.",
        subcommands = {ImportCommand.Statuspage.class, ImportCommand.Cstate.class},
        footer = {"  herald import statuspage https://status.example.com/api/v2/summary.json https://status.example.com/api/v2/incidents.json",
            "  STATUSPAGE_KEY=… herald import statuspage --api-key-env STATUSPAGE_KEY https://api.statuspage.io/v1/pages/PAGE_ID/incidents",
            "  herald import cstate ../old-status-site"})
final class ImportCommand extends GroupCommand {
    /** The test seam: with this variable set, http://127.0.0.1 URLs are read too (the tests' local server); nothing else changes. */
    static final String LOOPBACK_HTTP_FOR_TESTS = "HERALD_TEST_ALLOW_LOOPBACK_HTTP";

    /** What both importers share: --content, --now (the time written as imported.at), the report and the lint after. */
    abstract static class Importer extends IoCommand {
        @Mixin
        ContentDirOption content;

        @Mixin
        NowOption now;

        /** Imports into {@code contentDir}, {@code now} written as imported.at. */
        abstract ImportRun.Outcome run(Path contentDir, OffsetDateTime now) throws ImportFailure, IOException, InterruptedException;

        @Override
        public Integer call() throws Pipeline.StageFailure {
            Environment env = io.env;
            PrintWriter out = io.out();
            PrintWriter err = io.err();
            Path dir = content.resolve(env);
            ImportRun.Outcome o;
            try {
                o = run(dir, OffsetDateTime.ofInstant(now.resolve(env), ZoneOffset.UTC));
            } catch (ImportFailure e) {
                throw new UserError(e.getMessage() + " (nothing written)");
            } catch (IOException e) {
                throw new UserError("cannot write the content: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserError("interrupted");
            }
            o.written().forEach(p -> out.println("wrote " + p));
            o.updated().forEach(p -> out.println("updated " + p));
            o.skipped().forEach(s -> err.println("skipped " + s));
            o.notes().forEach(n -> err.println("note: " + n));
            out.println("import: " + o.written().size() + " written, " + o.updated().size() + " updated, " + o.unchanged()
                    + " unchanged, " + o.skipped().size() + " skipped (edited by hand)");
            PipelineResult lint;
            try {
                lint = Pipeline.lint(PipelineOptions.of(content.content, env.cwd(), now.resolve(env)));
            } catch (LoadFailure e) {
                throw new UserError(e.getMessage());
            }
            if (lint.hasErrors() || lint.incomplete()) {
                out.println("the imported content does not pass the lint yet; fix these before you build:");
                return ContentRun.report(lint, DiagnosticFormat.TEXT, out, err);
            }
            ContentRun.reportPassed(lint.diagnostics(), lint.filesRead(), out);
            return ExitCodes.OK;
        }
    }

    @Command(name = "statuspage",
            description = {"Import components, incidents and maintenance from Atlassian Statuspage.",
                "SOURCE is a file, a folder of .json files or an https:// URL of a public v2 response (summary.json, components.json, "
                + "incidents.json, incidents/unresolved.json, scheduled-maintenances*.json, one incident), or the v1 API "
                + "https://api.statuspage.io/v1/pages/PAGE_ID/incidents (every page, with the key named by --api-key-env).",
                "Re-running it changes nothing; a newer source updates only files still as imported, never one edited by hand."},
            exitCodeList = {"0:imported, and the content passes the lint", "1:imported, but the lint found errors to fix",
                "2:could not run: a source is missing or malformed (nothing written), bad option"})
    static final class Statuspage extends Importer {
        @Option(names = "--api-key-env", paramLabel = "NAME",
                description = "The environment variable holding the Statuspage API key for v1 sources (the key itself is never an option).")
        String apiKeyEnv;

        @Parameters(arity = "1..*", paramLabel = "SOURCE")
        List<String> sources;

        private StatuspageSources from;

        /** The API key is checked first, before --now and any source. */
        @Override
        public Integer call() throws Pipeline.StageFailure {
            Environment env = io.env;
            String key = apiKeyEnv == null ? null : env.variables().get(apiKeyEnv);
            if (apiKeyEnv != null && (key == null || key.isBlank())) {
                throw new UserError("--api-key-env " + apiKeyEnv + ": the environment variable " + apiKeyEnv + " is not set or empty");
            }
            from = env.variables().containsKey(LOOPBACK_HTTP_FOR_TESTS)
                    ? StatuspageSources.allowingLoopbackHttpForTests(env.cwd(), apiKeyEnv, key)
                    : StatuspageSources.of(env.cwd(), apiKeyEnv, key);
            return super.call();
        }

        @Override
        ImportRun.Outcome run(Path contentDir, OffsetDateTime now) throws ImportFailure, IOException, InterruptedException {
            return ImportRun.statuspage(contentDir, io.env.cwd(), sources, from, now);
        }
    }

    @Command(name = "cstate",
            description = {"Import a cState site (Hugo): config.yml's systems and categories, and content/issues/*.md.",
                "Re-running it changes nothing; files edited by hand since are left alone."},
            exitCodeList = {"0:imported, and the content passes the lint", "1:imported, but the lint found errors to fix",
                "2:could not run: the site is missing or malformed (nothing written), bad option"})
    static final class Cstate extends Importer {
        @Parameters(index = "0", paramLabel = "HUGO_SITE")
        Path site;

        @Override
        ImportRun.Outcome run(Path contentDir, OffsetDateTime now) throws ImportFailure, IOException {
            return ImportRun.cstate(contentDir, io.env.cwd(), site, now);
        }
    }
}
