package herald.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Every piece reaches the sink, and a failure is the earliest piece's, however the threads ran. */
class PiecesTest {
    private static Pieces.Piece file(String path) {
        return () -> List.of(OutputFile.text(path, path));
    }

    @Test
    void everyFileOfEveryPieceReachesTheSink() throws RenderException {
        List<Pieces.Piece> pieces = new ArrayList<>();
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < 200; i++) {
            pieces.add(file("p" + i));
            expected.add("p" + i);
        }
        pieces.add(() -> List.of(OutputFile.text("a", "a"), OutputFile.text("b", "b")));
        expected.addAll(List.of("a", "b"));
        Set<String> seen = new ConcurrentSkipListSet<>();
        Pieces.run(pieces, f -> seen.add(f.path()));
        assertEquals(expected, seen);
    }

    @RepeatedTest(20)
    void theEarliestFailingPieceIsReportedEvenWhenALaterOneFailsFirst() {
        // piece 3 fails only after piece 7 (whose message sorts first) has failed on another thread
        CountDownLatch laterFailed = new CountDownLatch(1);
        List<Pieces.Piece> pieces = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            pieces.add(switch (n) {
                case 3 -> () -> {
                    try {
                        laterFailed.await(5, TimeUnit.SECONDS); // a bound, not a timing: the result is the same without piece 7
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new RenderException("template z.ftlh failed");
                };
                case 7 -> () -> {
                    laterFailed.countDown();
                    throw new RenderException("template a.ftlh failed");
                };
                default -> file("p" + n);
            });
        }
        RenderException e = assertThrows(RenderException.class, () -> Pieces.run(pieces, f -> { }));
        assertEquals("template z.ftlh failed", e.getMessage());
    }

    @Test
    void aFailedWriteIsThrownAsItWas() {
        UncheckedIOException full = new UncheckedIOException(new IOException("No space left on device"));
        List<Pieces.Piece> pieces = List.of(file("a"), () -> {
            throw full;
        }, file("c"));
        assertSame(full, assertThrows(UncheckedIOException.class, () -> Pieces.run(pieces, f -> { })));
    }
}
