package herald.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Fixtures;
import herald.TestSite;
import herald.diag.Diagnostic;
import herald.diag.Work;
import herald.model.Imported;
import herald.model.Incident;
import herald.model.PublicState;
import herald.model.StateChange;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format of imported history: imported: on entries and updates, and state: per update. */
class ImportedFormatTest {
    static final String PATH = "content/incidents/2019-03-01-git-errors.md";
    static final String IMPORTED = """
            ---
            title: Elevated error rates for Git operations
            severity: S2
            components: [answers-api, citations]
            triggered: 2019-03-01T10:00:00Z
            imported: {from: statuspage, id: kzmq6m0n0xj3, url: https://stspg.io/abc123, at: 2026-11-20T09:00:00Z}
            updates:
              - at: 2019-03-01T10:04:00Z
                status: investigating
                state: {answers-api: major-outage, citations: degraded-performance}
                imported: {id: u1abc}
                body: We are investigating elevated error rates.
              - at: 2019-03-01T11:30:00Z
                status: identified
                state: partial-outage
                imported: {id: u2abc}
                body: We identified the cause.
              - at: 2019-03-01T12:10:00Z
                status: resolved
                imported: {id: u3abc}
                body: This incident has been resolved.
            ---
            """;

    @TempDir
    Path dir;

    private Loaded load(String incident) throws Exception {
        TestSite.write(dir, "-- content/site.yaml --\n" + Fixtures.SITE + "-- " + PATH + " --\n" + incident);
        return ContentLoader.load(dir.resolve("content"), dir, new Work());
    }

    private static List<String> findings(Loaded loaded) {
        return loaded.diagnostics().sorted().stream().map(Diagnostic::toText).toList();
    }

    @Test
    void anImportedIncidentNeedsNoOwnerScopeEffectOrNext() throws Exception {
        Loaded loaded = load(IMPORTED);
        assertEquals(List.of(), findings(loaded));
        Incident i = loaded.model().orElseThrow().incidents().get(0);
        assertEquals(new Imported("statuspage", "kzmq6m0n0xj3", "https://stspg.io/abc123",
                OffsetDateTime.parse("2026-11-20T09:00:00Z")), i.imported());
        assertEquals(StateChange.perComponent(Map.of("answers-api", PublicState.MAJOR_OUTAGE,
                "citations", PublicState.DEGRADED_PERFORMANCE)), i.updates().get(0).state());
        assertEquals(StateChange.of(PublicState.PARTIAL_OUTAGE), i.updates().get(1).state());
        assertNull(i.updates().get(2).state());
        assertEquals(List.of("u1abc", "u2abc", "u3abc"), i.updates().stream().map(u -> u.originalId()).toList());
        assertNull(i.updates().get(0).owner());
    }

    @Test
    void withoutImportedTheSameUpdatesMissTheirFields() throws Exception {
        String plain = Fixtures.change(IMPORTED,
                "imported: {from: statuspage, id: kzmq6m0n0xj3, url: https://stspg.io/abc123, at: 2026-11-20T09:00:00Z}\n", "");
        List<String> f = findings(load(plain));
        assertTrue(f.contains(PATH + ":7:5: error [required-field] missing required field \"owner\" in update 1; "
                + "add who speaks for this update (a role is fine), e.g. owner: Comms lead"), f.toString());
        assertTrue(f.stream().anyMatch(s -> s.startsWith(PATH + ":7:5: error [required-field] missing required field \"next\"")), f.toString());
    }

    @Test
    void aBadStateValueIsAnInvalidValueAtItsPosition() throws Exception {
        List<String> f = findings(load(Fixtures.change(IMPORTED, "citations: degraded-performance}", "citations: degraded}")));
        assertTrue(f.stream().anyMatch(s -> s.startsWith(PATH + ":10:51: error [invalid-value] \"citations\" in state is \"degraded\"")), f.toString());
        f = findings(load(Fixtures.change(IMPORTED, "state: partial-outage", "state: partial")));
        assertTrue(f.stream().anyMatch(s -> s.startsWith(PATH + ":15:12: error [invalid-value] \"state\" in update 2 is \"partial\"")), f.toString());
    }

    @Test
    void anImportedBlockWithoutIdAsksForTheOldId() throws Exception {
        List<String> f = findings(load(Fixtures.change(IMPORTED, "from: statuspage, id: kzmq6m0n0xj3, ", "from: statuspage, ")));
        assertTrue(f.stream().anyMatch(s -> s.startsWith(PATH + ":6:") && s.endsWith("missing required field \"id\" in imported; "
                + "add the entry's id where it was published before, e.g. id: n4njzfn1mqy0")), f.toString());
    }

    @Test
    void aBadImportedBlockIsReported() throws Exception {
        List<String> f = findings(load(Fixtures.change(IMPORTED, "from: statuspage, id: kzmq6m0n0xj3, url: https://stspg.io/abc123",
                "from: Status Page, id: a/b, url: ftp://x.example/")));
        assertTrue(f.stream().anyMatch(s -> s.startsWith(PATH + ":6:18: error [invalid-value] \"from\" in imported is \"Status Page\"")), f.toString());
        assertTrue(f.stream().anyMatch(s -> s.startsWith(PATH + ":6:35: error [invalid-value] \"id\" in imported is \"a/b\"")), f.toString());
        assertTrue(f.stream().anyMatch(s -> s.startsWith(PATH + ":6:45: error [invalid-value] \"url\" in imported is \"ftp://x.example/\"")), f.toString());
        f = findings(load(Fixtures.change(IMPORTED, "imported: {id: u1abc}", "imported: {id: u1abc, via: x}")));
        assertTrue(f.stream().anyMatch(s -> s.startsWith(PATH + ":11:27: error [unknown-field] unknown key \"via\" in imported")), f.toString());
    }
}
