package herald.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.TestSite;
import herald.diag.Work;
import herald.pipeline.Pipeline;
import herald.pipeline.PipelineOptions;
import herald.pipeline.PipelineResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No stage does work proportional to N x N: the units of work (YAML keys read by the loader;
 * entries, component references and updates examined by the duplicate-id, unknown-component and
 * cadence rules; templates rendered, Markdown texts, entries visited, intervals examined, texts
 * checked) for 400 incidents are at most about twice those for 200. Counts, not timings, so the
 * test is exact on any machine.
 */
class LinearityTest {
    @TempDir
    Path dir;

    private Map<Work.Unit, Long> workFor(int n) throws Exception {
        Path root = dir.resolve("n" + n);
        SyntheticSite.generate(root, n, 11);
        Work work = new Work();
        PipelineResult r = Pipeline.run(PipelineOptions.of(root.resolve("content"), root, SyntheticSite.NOW).withWork(work).render(null, null));
        assertFalse(r.hasErrors(), () -> r.diagnostics().toString());
        assertTrue(r.files().size() > n, "the site was rendered: " + r.files().size() + " files");
        return work.snapshot();
    }

    @Test
    void doublingTheIncidentsAtMostDoublesEveryKindOfWork() throws Exception {
        Map<Work.Unit, Long> small = workFor(200);
        Map<Work.Unit, Long> large = workFor(400);
        for (Work.Unit unit : Work.Unit.values()) {
            long a = small.get(unit);
            long b = large.get(unit);
            assertTrue(a > 0, unit + " was never counted");
            double ratio = (double) b / a;
            // 2 is linear; the synthetic history is random, so allow a little over, far below 4 (quadratic)
            assertTrue(ratio < 2.4, unit + ": " + a + " for 200 incidents, " + b + " for 400 (x" + String.format("%.2f", ratio) + ")");
        }
    }

    @Test
    void theSyntheticHistoryLintsWithoutErrors() throws Exception {
        SyntheticSite.generate(dir, 500, 5);
        var run = TestSite.run(dir, "lint", "--now", SyntheticSite.NOW.toString());
        assertEquals(0, run.exitCode(), run.out());
        // the summary is the last line (after any warnings), and it says 0 errors
        List<String> lines = run.out().lines().toList();
        assertFalse(lines.isEmpty(), "no output");
        assertTrue(lines.get(lines.size() - 1).matches("0 errors, \\d+ warnings? in \\d+ files?"), run.out());
    }
}
