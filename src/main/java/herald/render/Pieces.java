package herald.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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

    /** The earliest failure so far: its piece's place in the list, and what it threw. */
    private record Failure(int index, Throwable error) {
        static int indexOf(Failure f) {
            return f == null ? Integer.MAX_VALUE : f.index();
        }
    }

    private Pieces() {
    }

    /**
     * Renders every piece and hands its files to {@code sink} (from several threads). A failure
     * stops the pieces after it from starting, and the failure of the earliest piece in the list is
     * thrown: pieces are taken in list order and every piece before a failed one runs, so the same
     * content fails with the same message on every run.
     */
    static void run(List<Piece> pieces, Consumer<OutputFile> sink) throws RenderException {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Failure> first = new AtomicReference<>();
        Runnable drain = () -> {
            // a piece taken before the earliest failure still runs: it may fail earlier in the list
            for (int i = next.getAndIncrement(); i < pieces.size() && i < Failure.indexOf(first.get()); i = next.getAndIncrement()) {
                try {
                    pieces.get(i).files().forEach(sink);
                } catch (RenderException | RuntimeException | Error e) {
                    Failure f = new Failure(i, e);
                    first.accumulateAndGet(f, (a, b) -> a == null || b.index() < a.index() ? b : a);
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
        Failure failed = first.get();
        if (failed != null) {
            if (failed.error() instanceof RenderException r) {
                throw r;
            }
            if (failed.error() instanceof Error e) {
                throw e;
            }
            throw (RuntimeException) failed.error(); // a write that failed (UncheckedIOException) or a bug: as it was thrown
        }
    }
}
