package herald.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which folder a build may replace. A build replaces its output folder whole, so: the output is
 * never a folder Herald's input lives in (the content folder, the theme, the repository root) nor
 * one that holds them, nor inside the content or theme folder; and it replaces only a folder that
 * is missing, empty, holds nothing but dot-files (which it keeps: the committed {@code site/.gitignore},
 * a gh-pages worktree's {@code .git}), or holds {@link #MARKER}, which every build writes. Paths are
 * compared after following links.
 */
public final class OutputFolder {
    /** Written into every site: a folder that holds it was written by Herald. */
    public static final String MARKER = ".herald-site";
    static final byte[] MARKER_TEXT = ("This folder is a status site written by Herald (herald build). Every build replaces it whole,\n"
            + "keeping only its top-level dot-files (.git, .gitignore). Herald replaces a folder only when it is\n"
            + "missing, empty, holds nothing but dot-files, or holds this file.\n").getBytes(StandardCharsets.UTF_8);
    private static final int NAMES_SHOWN = 3;

    private OutputFolder() {
    }

    /**
     * A folder of Herald's input, named as messages name it ("the content folder (content)");
     * {@code mayHoldSite} when the site may lie inside it (the repository root holds site/).
     */
    public record Input(String name, Path path, boolean mayHoldSite) {
    }

    /** A target Herald will not replace; the message says why and what to do instead. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * Refuses a target that is, holds or lies inside one of the inputs, or that Herald did not
     * write; {@code shown} is how messages name the target.
     */
    public static void check(Path target, String shown, List<Input> inputs) throws IOException {
        Path real = real(target);
        List<Path> in = new ArrayList<>();
        for (Input input : inputs) {
            in.add(real(input.path()));
        }
        for (int i = 0; i < inputs.size(); i++) { // the most precise reason first: is, then holds, then inside
            if (in.get(i).equals(real)) {
                throw new Refused("the output folder " + shown + " is " + inputs.get(i).name() + "; " + OWN_FOLDER);
            }
        }
        for (int i = 0; i < inputs.size(); i++) {
            if (in.get(i).startsWith(real)) {
                throw new Refused("the output folder " + shown + " holds " + inputs.get(i).name() + "; " + OWN_FOLDER);
            }
        }
        for (int i = 0; i < inputs.size(); i++) {
            if (!inputs.get(i).mayHoldSite() && real.startsWith(in.get(i))) {
                throw new Refused("the output folder " + shown + " is inside " + inputs.get(i).name()
                        + "; pass an --out outside it, such as site");
            }
        }
        requireReplaceable(target, shown);
    }

    private static final String OWN_FOLDER = "Herald replaces the output folder whole, so it must be a folder of its own: pass another --out, such as site";

    /** Refuses a target that exists and is not missing, empty, only dot-files, or marked as Herald's. */
    static void requireReplaceable(Path target, String shown) throws IOException {
        if (target.getParent() == null) {
            throw new Refused("the output folder " + shown + " is the root of the file system; " + OWN_FOLDER);
        }
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new Refused("the output folder " + shown + " exists and is not a folder: pass another --out");
        }
        if (Files.isRegularFile(target.resolve(MARKER))) {
            return;
        }
        List<String> foreign = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            for (Path e : entries) {
                String name = e.getFileName().toString();
                if (!name.startsWith(".")) {
                    foreign.add(name);
                }
            }
        }
        if (!foreign.isEmpty()) {
            foreign.sort(null);
            int count = foreign.size();
            String names = String.join(", ", foreign.subList(0, Math.min(count, NAMES_SHOWN)))
                    + (count > NAMES_SHOWN ? " and " + (count - NAMES_SHOWN) + " more" : "");
            throw new Refused("the output folder " + shown + " holds files Herald did not write (" + names + "); Herald replaces only a"
                    + " folder that is missing, empty, or written by Herald (it holds " + MARKER + "): pass another --out, or empty the folder");
        }
    }

    /** The path with links followed as far as it exists, the rest appended. */
    static Path real(Path p) throws IOException {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        return existing.toRealPath().resolve(existing.relativize(abs));
    }

    /** The repository that holds {@code dir}: the nearest folder up from it with a .git, or null. */
    public static Path repositoryRoot(Path dir) throws IOException {
        for (Path d = real(dir); d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return d;
            }
        }
        return null;
    }
}
