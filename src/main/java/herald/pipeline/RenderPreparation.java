package herald.pipeline;

import herald.model.TimeFormats;
import herald.render.RenderException;
import herald.render.SiteRenderer;
import herald.theme.ThemeException;
import herald.theme.ThemeLoader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The render stage's set-up, begun on a second thread when a run starts, so that it overlaps load,
 * lint and derive instead of following them: the theme read, every template parsed, the JSON and
 * XML writers set up, and the JDK's zone names loaded (the first short zone name a process asks for costs about 100-200 ms of
 * locale data, the same for every zone). On two cores this is most of a small site's cold render.
 * A run that stops at the lint never waits for it; the thread is a daemon.
 */
final class RenderPreparation {
    private final CompletableFuture<SiteRenderer> renderer;

    private RenderPreparation(CompletableFuture<SiteRenderer> renderer) {
        this.renderer = renderer;
    }

    static RenderPreparation start(PipelineOptions options) {
        CompletableFuture<SiteRenderer> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            TimeFormats.zoneName(ZoneOffset.UTC, Instant.EPOCH);
            try {
                SiteRenderer renderer = new SiteRenderer(ThemeLoader.load(options.themeFolder(), options.cwd()), options.work());
                try {
                    renderer.prepare();
                } catch (RenderException | RuntimeException e) {
                    // only a head start: the render meets the same problem and reports it
                }
                future.complete(renderer);
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "herald-render-preparation");
        thread.setDaemon(true);
        thread.start();
        return new RenderPreparation(future);
    }

    /** The renderer, once ready; the theme's problem when it could not be read. */
    SiteRenderer renderer() throws ThemeException {
        try {
            return renderer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the theme was read", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ThemeException t) {
                throw t;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
