package herald.content;

import herald.diag.Diagnostics;
import herald.diag.Rule;
import herald.diag.Pos;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads the files of one content folder as text, safely: only files inside the folder (a link
 * that leads out of it, to any file on the machine, is refused with a finding and never read), at
 * most 1 MiB, no NUL byte, valid UTF-8. Each refusal is a finding at its line and column.
 */
public final class ContentFiles {
    /** Larger files are refused unread: an incident is a few kilobytes, 1 MiB is surely a mistake. */
    static final long MAX_FILE_BYTES = 1024 * 1024;

    private final Path contentDir;
    private final Function<Path, String> display;
    private Path realContentDir;

    ContentFiles(Path contentDir, Function<Path, String> display) {
        this.contentDir = contentDir;
        this.display = display;
    }

    /**
     * Where {@code path} (a file or folder under {@code contentDir}) really is when a link takes it
     * out of the content folder; null when it is inside (or does not exist: reading it says so).
     */
    public static Path linkOutside(Path path, Path contentDir) throws IOException {
        if (!Files.exists(path)) {
            return null;
        }
        Path real = path.toRealPath();
        return real.startsWith(contentDir.toRealPath()) ? null : real;
    }

    /** A finding, and false, when {@code path} leads out of the content folder through a link. */
    boolean inside(Path path, Diagnostics diagnostics) throws IOException {
        if (!Files.isSymbolicLink(path)) {
            return true; // not a link, in a folder that was checked (the content folder, incidents/, maintenance/)
        }
        if (realContentDir == null) {
            realContentDir = contentDir.toRealPath();
        }
        if (!Files.exists(path)) {
            return true; // a dangling link: reading it reports "no such file"
        }
        Path real = path.toRealPath();
        if (real.startsWith(realContentDir)) {
            return true;
        }
        String kind = Files.isDirectory(real) ? "folder" : "file";
        diagnostics.report(display.apply(path), 1, 1, Rule.INVALID_VALUE, "this " + kind + " is a link to " + real
                + ", outside the content folder; Herald reads only what is inside " + display.apply(contentDir)
                + ": put the " + kind + " itself there instead of a link");
        return false;
    }

    /**
     * Reads a file as UTF-8 text. Returns null after reporting a finding when the file is a link
     * out of the content folder, too large, binary or not UTF-8.
     *
     * @throws IOException when the file cannot be read at all
     */
    String read(Path path, Diagnostics diagnostics) throws IOException {
        String file = display.apply(path);
        // one lstat answers for a plain file what isDirectory, isSymbolicLink and size would ask the disk three times
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isSymbolicLink() ? Files.isDirectory(path) : attributes.isDirectory()) {
            throw new IOException("it is a directory, not a file");
        }
        if (attributes.isSymbolicLink() && !inside(path, diagnostics)) {
            return null;
        }
        long size = attributes.isSymbolicLink() ? Files.size(path) : attributes.size();
        if (size > MAX_FILE_BYTES) {
            diagnostics.report(file, 1, 1, Rule.YAML_SYNTAX, String.format(Locale.ROOT,
                    "the file is %.1f MB; content files may be at most 1 MB, so this is probably not an incident file: move it out of content/",
                    size / 1_000_000.0));
            return null;
        }
        byte[] bytes = Files.readAllBytes(path);
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            Pos p = positionOfByte(bytes, nul);
            diagnostics.report(file, p.line(), p.column(), Rule.YAML_SYNTAX,
                    "the file is binary (it holds a NUL byte); content files must be UTF-8 text: move it out of content/");
            return null;
        }
        // the JDK's fast decoder replaces bad bytes with U+FFFD; only then look closer (rare)
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        if (decoded.indexOf('\uFFFD') < 0) {
            return normalize(decoded);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return normalize(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            Pos p = positionOfByte(bytes, bad);
            diagnostics.report(file, p.line(), p.column(), Rule.YAML_SYNTAX, String.format(Locale.ROOT,
                    "the file is not valid UTF-8 (byte 0x%02X); save it as UTF-8", bytes[Math.max(0, bad)] & 0xff));
            return null;
        }
    }

    /**
     * A content file's text with its BOM removed and line endings normalized to LF, so that line
     * numbers match what an editor shows for both LF and CRLF files.
     */
    static String normalize(String decoded) {
        String t = decoded;
        if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
            t = t.substring(1);
        }
        if (t.indexOf('\r') >= 0) {
            t = t.replace("\r\n", "\n").replace('\r', '\n');
        }
        return t;
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file (a broken link?)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Line and column of a byte offset, counting columns in characters of the valid prefix. */
    private static Pos positionOfByte(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String prefix = new String(bytes, lineStart, Math.max(0, offset - lineStart), StandardCharsets.UTF_8);
        return new Pos(line, prefix.codePointCount(0, prefix.length()) + 1);
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult r = decoder.decode(in, out, true);
        return r.isError() ? in.position() : 0;
    }
}
