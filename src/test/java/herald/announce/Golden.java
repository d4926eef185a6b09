package herald.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden payloads under src/test/resources/announce/: the received body, pretty-printed with its
 * key order kept, must equal the file. Re-bless with -Dgolden.update=true after reading the diff.
 */
public final class Golden {
    private static final Path DIR = Path.of("src/test/resources/announce");
    /** Jackson's default layout: how the payload files were blessed (the payloads themselves are sent compact). */
    private static final ObjectWriter PRETTY = new ObjectMapper().writerWithDefaultPrettyPrinter();

    private Golden() {
    }

    public static void assertPayload(String name, String receivedJson) {
        String actual;
        try {
            actual = PRETTY.writeValueAsString(Json.parse(receivedJson.getBytes(StandardCharsets.UTF_8))) + "\n";
        } catch (IOException e) {
            throw new AssertionError(name + ": the receiver got no JSON: " + receivedJson, e);
        }
        Path file = DIR.resolve(name + ".json");
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual);
            }
            assertTrue(Files.exists(file), "missing " + file + "; run with -Dgolden.update=true and review it");
            assertEquals(Files.readString(file), actual, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
