package herald.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Renders the pieces of a site on the calling thread and the common pool's workers, each thread
 * taking the next piece as it finishes one. A parallel stream splits the list into quarters up
 * front instead, and on two cores the quarter holding the feeds and the API (most of a small
 * site's bytes) left one thread working alone at the end.
 */
final class Pieces {
    /** Some files rendered together: a page, a feed in both formats, the small fixed files. */
    @FunctionalInterface
    interface Piece {
        List<OutputFile> files() throws RenderException;
    }

    private Pieces() {
    }

    /**
     * Renders every piece and hands its files to {@code sink} (from several threads). The first
     * failure stops new pieces from starting; of the render failures, the one with the first
     * message is thrown, so the same content fails with the same message on every run.
     */
    static void run(List<Piece> pieces, Consumer<OutputFile> sink) throws RenderException {
        AtomicInteger next = new AtomicInteger();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        Runnable drain = () -> {
            for (int i = next.getAndIncrement(); i < pieces.size() && failures.isEmpty(); i = next.getAndIncrement()) {
                try {
                    pieces.get(i).files().forEach(sink);
                } catch (RenderException | RuntimeException | Error e) {
                    failures.add(e);
                }
            }
        };
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), pieces.size() - 1);
        List<ForkJoinTask<?>> started = new ArrayList<>();
        for (int h = 0; h < helpers; h++) {
            started.add(ForkJoinPool.commonPool().submit(drain));
        }
        drain.run();
        started.forEach(ForkJoinTask::join);
        rethrow(failures);
    }

    private static void rethrow(List<Throwable> failures) throws RenderException {
        for (Throwable t : failures) {
            if (t instanceof RuntimeException r) {
                throw r; // a write that failed (UncheckedIOException) or a bug: as it was thrown
            }
            if (t instanceof Error e) {
                throw e;
            }
        }
        if (!failures.isEmpty()) {
            throw failures.stream().map(RenderException.class::cast).min(Comparator.comparing(Throwable::getMessage)).orElseThrow();
        }
    }
}
