package herald.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Span.locate: a detector's offset inside a value, as a position in the file. */
class SpanTest {
    private static final String VALUE = "We rotated answers-v7.\nanswers-v7 is warm again.\n";

    @Test
    void anOffsetInALiteralBlockLandsOnItsOwnLineBelowTheKey() {
        Span literal = new Span(new Pos(20, 11), Span.Style.LITERAL, 6);
        assertEquals(new Pos(21, 18), literal.locate(VALUE, VALUE.indexOf("answers-v7")));
        // the second copy: searching for the words would land on the first
        assertEquals(new Pos(22, 7), literal.locate(VALUE, VALUE.lastIndexOf("answers-v7")));
    }

    @Test
    void anOffsetInTheBodyCountsFromTheBodysFirstLine() {
        Span body = new Span(new Pos(40, 1), Span.Style.BODY, 0);
        assertEquals(new Pos(41, 1), body.locate(VALUE, VALUE.lastIndexOf("answers-v7")));
    }

    @Test
    void plainAndQuotedScalarsStayOnTheirLine() {
        assertEquals(new Pos(3, 12), new Span(new Pos(3, 9), Span.Style.PLAIN, 0).locate("Answers degraded", 3));
        assertEquals(new Pos(3, 13), new Span(new Pos(3, 9), Span.Style.QUOTED, 0).locate("Answers degraded", 3));
    }

    @Test
    void anOffsetOutsideTheValueIsTheValuesStart() {
        Span plain = new Span(new Pos(3, 9), Span.Style.PLAIN, 0);
        assertEquals(new Pos(3, 9), plain.locate("short", 99));
        assertEquals(new Pos(3, 9), plain.locate("short", -1));
    }
}
