package herald.wording;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Common English words (SCOWL's small dictionary, 40,000 words of 4+ letters, shipped as a
 * resource): an internal value that is an ordinary word ("pointer", "answers", "Rose") would fire
 * on ordinary prose, so it never counts as a leak. Loaded once, on first use, as the file's bytes
 * and the start of each line, searched by bisection: the file is sorted section by section
 * (sections start after a # comment line; CommonWordsTest keeps it so). Building a set of 40,000
 * strings instead cost about 100 ms of every lint of a small site, cold.
 */
final class CommonWords {
    private CommonWords() {
    }

    private static final class Holder {
        static final byte[] TEXT = read();
        static final int[][] SECTIONS = sections(TEXT);
    }

    static boolean contains(String word) {
        byte[] w = word.toLowerCase(Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int[] starts : Holder.SECTIONS) {
            if (find(Holder.TEXT, starts, w)) {
                return true;
            }
        }
        return false;
    }

    /** The words of each section, in file order (for the test of the file's order). */
    static List<List<String>> sections() {
        List<List<String>> out = new ArrayList<>();
        for (int[] starts : Holder.SECTIONS) {
            List<String> words = new ArrayList<>(starts.length);
            for (int s : starts) {
                words.add(new String(Holder.TEXT, s, end(Holder.TEXT, s) - s, java.nio.charset.StandardCharsets.UTF_8));
            }
            out.add(words);
        }
        return out;
    }

    private static boolean find(byte[] text, int[] starts, byte[] w) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = starts[mid];
            int c = Arrays.compare(text, s, end(text, s), w, 0, w.length);
            if (c == 0) {
                return true;
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return false;
    }

    private static int end(byte[] text, int start) {
        int i = start;
        while (i < text.length && text[i] != '\n' && text[i] != '\r') {
            i++;
        }
        return i;
    }

    private static int[][] sections(byte[] text) {
        List<int[]> sections = new ArrayList<>();
        int[] starts = new int[text.length / 4 + 1];
        int n = 0;
        for (int i = 0; i < text.length; i = end(text, i) + 1) {
            if (text[i] == '#') {
                if (n > 0) {
                    sections.add(Arrays.copyOf(starts, n));
                }
                n = 0;
            } else if (text[i] != '\n' && text[i] != '\r') {
                starts[n++] = i;
            }
        }
        if (n > 0) {
            sections.add(Arrays.copyOf(starts, n));
        }
        return sections.toArray(int[][]::new);
    }

    private static byte[] read() {
        try (InputStream in = CommonWords.class.getResourceAsStream("common-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-words.txt is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
