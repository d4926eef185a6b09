package herald.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import herald.model.TextChars;
import java.io.IOException;
import java.io.StringWriter;

/**
 * JSON files of the site, through Jackson: two-space indent, LF line ends, stable key order. A
 * character {@link TextChars} rules out never reaches a reader, not even escaped: it becomes U+FFFD.
 */
public final class JsonOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .with(new ReplacingEscapes());

    private JsonOutput() {
    }

    /** One file of api/v2/, written key by key ({@link StatuspageWriter}) with the same layout and escapes. */
    public static String api(Record file) throws RenderException {
        StringWriter out = new StringWriter(8192);
        try (JsonGenerator g = PRETTY.createGenerator(out)) {
            StatuspageWriter.file(g, file);
        } catch (IOException e) {
            throw new RenderException("JSON output failed: " + e.getMessage());
        }
        return finished(out.toString());
    }

    public static String write(Object value) throws RenderException {
        try {
            // the escapes handle control characters; a lone surrogate or a noncharacter passes them
            return finished(PRETTY.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new RenderException("JSON output failed: " + e.getOriginalMessage());
        }
    }

    /** A written file as it is published: refused characters replaced, one line end at the end. */
    private static String finished(String json) {
        return TextChars.replaceForbidden(json, false) + "\n";
    }

    /** Jackson's standard escapes, except that a control character other than tab and newline is written as \ufffd. */
    private static final class ReplacingEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final SerializableString REPLACEMENT = new SerializedString("\\ufffd");
        private final int[] ascii = standardAsciiEscapesForJSON();

        ReplacingEscapes() {
            for (int c = 0; c < ascii.length; c++) {
                if (!TextChars.allowed(c)) {
                    ascii[c] = ESCAPE_CUSTOM;
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch < 0xA0 && !TextChars.allowed(ch) ? REPLACEMENT : null;
        }
    }
}
