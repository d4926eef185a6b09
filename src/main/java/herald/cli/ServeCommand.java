package herald.cli;

import herald.serve.ChangeWatcher;
import herald.serve.PreviewBuild;
import herald.serve.PreviewServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve",
        description = {"Preview the site on 127.0.0.1, rebuilt and reloaded as you edit.",
            "Builds, serves the site, rebuilds within a second of a change under the content or the theme, and reloads the open page. While the content has lint errors, the browser shows them.",
            "Ctrl-C stops it."},
        exitCodeList = {"0:stopped", "2:could not start (port in use, no content folder)"},
        footer = {"  herald serve", "  herald serve --port 9000 --content path/to/content"})
final class ServeCommand extends IoCommand {
    @Option(names = "--port", defaultValue = "8080", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Mixin
    ContentDirOption contentDir;

    @Mixin
    ThemeOption theme;

    @Mixin
    NowOption now;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = io.out();
        Path content = contentDir.resolve(io.env);
        if (!java.nio.file.Files.isDirectory(content)) {
            throw new UserError("content folder " + contentDir.content + " does not exist; run herald in your site's folder or pass --content DIR");
        }
        Path themeDir = theme.name != null ? ThemeLocator.folder(theme.name, io.env) : null; // checked once, up front
        Instant fixed = now.fixed(io.env); // null: the clock at each rebuild
        // without a theme folder, themes/default is watched too: one created while serving is picked up
        ChangeWatcher watcher = new ChangeWatcher(List.of(content,
                themeDir != null ? themeDir : io.env.cwd().resolve(ThemeLocator.DEFAULT_FOLDER)));
        PreviewServer server;
        try {
            server = new PreviewServer("127.0.0.1", port);
        } catch (java.net.BindException e) {
            throw new UserError("port " + port + " is in use; pass --port with another one (or 0 for any free port)");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
            out.println("stopped");
            out.flush();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            watcher.changed();
            server.publish(build(content, themeDir, fixed, out));
            server.start();
            out.println("serving http://127.0.0.1:" + server.port() + "/ (Ctrl-C stops)");
            out.flush();
            while (!stopped.await(250, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (watcher.changed()) {
                    server.publish(build(content, themeDir, fixed, out));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
                out.println("stopped");
                out.flush();
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook stops the server and says so
            }
        }
        return ExitCodes.OK;
    }

    /** One preview build, reported as `herald build` reports its lint: every finding, warnings included, then the outcome. */
    private PreviewBuild build(Path contentDir, Path themeDir, Instant fixed, PrintWriter out) {
        long start = System.nanoTime();
        // without --theme, themes/default is looked for at each build (null: the built-in theme alone)
        Path folder = themeDir != null ? themeDir : ThemeLocator.folder(null, io.env);
        PreviewBuild b = PreviewBuild.run(contentDir, io.env.cwd(), folder, fixed != null ? fixed : io.env.clock().instant());
        long ms = (System.nanoTime() - start) / 1_000_000;
        b.notes().forEach(io.err()::println);
        b.findings().forEach(d -> out.println(d.toText()));
        if (b.ok()) {
            out.println("built " + b.files().size() + " files in " + ms + " ms");
        } else {
            out.println("not built: " + (b.problem() != null ? b.problem() : b.errors().size() + " lint error(s), shown in the browser"));
        }
        out.flush();
        return b;
    }
}
