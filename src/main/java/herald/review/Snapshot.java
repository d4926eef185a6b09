package herald.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The content folder as it was at a git revision, written into a temporary folder so the normal
 * loader reads it. Blobs come through one `git cat-file --batch` process, whatever their number.
 */
final class Snapshot {
    private Snapshot() {
    }

    static Path export(Path repo, String revision, String contentPath, Path into) throws IOException {
        Files.createDirectories(into);
        List<String[]> blobs = new ArrayList<>();
        // an empty path is the repository's root: the whole tree (git refuses "" as a pathspec)
        String listing = contentPath.isEmpty() ? run(repo, null, "ls-tree", "-r", "-z", "--full-tree", revision)
                : run(repo, null, "ls-tree", "-r", "-z", "--full-tree", revision, "--", contentPath);
        for (String entry : listing.split("\0")) {
            if (entry.isBlank()) {
                continue;
            }
            // "<mode> blob <sha>\t<path>"
            int tab = entry.indexOf('\t');
            String[] meta = entry.substring(0, tab).split(" ");
            if (meta[1].equals("blob")) {
                blobs.add(new String[] {meta[2], entry.substring(tab + 1)});
            }
        }
        if (blobs.isEmpty()) {
            return into.resolve(contentPath);
        }
        StringBuilder request = new StringBuilder();
        for (String[] b : blobs) {
            request.append(b[0]).append('\n');
        }
        Process p = new ProcessBuilder(List.of("git", "cat-file", "--batch")).directory(repo.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread feeder = new Thread(() -> {
            try (OutputStream in = p.getOutputStream()) {
                in.write(request.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the reader below reports a short read
            }
        });
        feeder.start();
        try (InputStream out = p.getInputStream()) {
            for (String[] b : blobs) {
                String header = readLine(out);
                String[] h = header.split(" ");
                if (h.length < 3 || !h[1].equals("blob")) {
                    throw new IOException("git cat-file: unexpected answer \"" + header + "\"");
                }
                byte[] data = out.readNBytes(Integer.parseInt(h[2]));
                out.read(); // the newline after each blob
                Path file = into.resolve(b[1]);
                Files.createDirectories(file.getParent());
                Files.write(file, data);
            }
        }
        try {
            feeder.join(10_000);
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return into.resolve(contentPath);
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            line.write(c);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    static boolean hasCommits(Path repo) {
        try {
            run(repo, null, "rev-parse", "--verify", "-q", "HEAD");
            return true;
        } catch (IOException none) {
            return false;
        }
    }

    /** Runs git and returns stdout; fails with git's own message. */
    static String run(Path repo, String stdin, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(repo.toFile()).start();
        if (stdin != null) {
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IOException("git " + String.join(" ", args) + ": " + err.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
