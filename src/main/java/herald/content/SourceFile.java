package herald.content;

import java.nio.file.Path;

/**
 * A content file read into memory: BOM removed and line endings normalized to LF, so that line
 * numbers match what an editor shows for both LF and CRLF files.
 */
public record SourceFile(Path path, String displayPath, String text) {

    public static SourceFile of(Path path, String displayPath, String decoded) {
        String t = decoded;
        if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
            t = t.substring(1);
        }
        if (t.indexOf('\r') >= 0) {
            t = t.replace("\r\n", "\n").replace('\r', '\n');
        }
        return new SourceFile(path, displayPath, t);
    }
}
