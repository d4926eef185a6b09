package herald.theme;

import herald.diag.DisplayPath;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Loads a theme: the built-in default theme from Herald's jar, and over it, file by file, the
 * templates/ and assets/ of a theme folder (as Hugo's layout lookup: a file of the same path
 * replaces the built-in one, the rest still comes from the jar). A symbolic link in the folder
 * that resolves outside it is refused, so a build can never copy an arbitrary file of the machine
 * into the site.
 */
public final class ThemeLoader {
    /** Where the built-in theme lives in the jar. */
    public static final String BUILT_IN = "herald/theme/default";

    private ThemeLoader() {
    }

    /** The built-in theme's files, by path in the theme ("templates/index.ftlh"). */
    public static SortedMap<String, byte[]> builtIn() throws IOException {
        return JarFolder.read(BUILT_IN);
    }

    /** The built-in theme with {@code folder}'s files over it; {@code folder} null: the built-in theme alone. */
    public static Theme load(Path folder, Path cwd) throws ThemeException {
        SortedMap<String, byte[]> files;
        try {
            files = new TreeMap<>(builtIn());
        } catch (IOException e) {
            throw new ThemeException("cannot read the built-in theme: " + e.getMessage());
        }
        if (folder != null) {
            files.putAll(overlay(folder, cwd));
        }
        return new Theme(files);
    }

    /** The templates/ and assets/ files of a theme folder, every one checked to lie inside it. */
    static SortedMap<String, byte[]> overlay(Path folder, Path cwd) throws ThemeException {
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            throw new ThemeException("theme folder " + DisplayPath.of(cwd, folder) + " cannot be read: " + e.getMessage());
        }
        SortedMap<String, byte[]> out = new TreeMap<>();
        for (String part : new String[] {"templates", "assets"}) {
            Path dir = folder.resolve(part);
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                collect(folder, root, dir, cwd, out);
            }
        }
        return out;
    }

    private static void collect(Path folder, Path root, Path dir, Path cwd, SortedMap<String, byte[]> out) throws ThemeException {
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    inside(d);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    inside(f);
                    if (!attrs.isRegularFile()) {
                        throw new Refused("theme file " + shown(f) + " is not a regular file (" + (attrs.isSymbolicLink()
                                ? "a broken symbolic link" : "a device, socket or pipe") + "); remove it from the theme");
                    }
                    out.put(folder.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
                    if (e instanceof FileSystemLoopException) {
                        throw new Refused("theme folder " + shown(f) + " is a symbolic link to a folder that holds it (a loop); remove the link");
                    }
                    if (Files.isSymbolicLink(f) && !Files.exists(f)) {
                        throw new Refused("theme file " + shown(f) + " is a broken symbolic link; remove it or copy the file into the theme");
                    }
                    throw e;
                }

                private void inside(Path p) throws IOException {
                    Path real = p.toRealPath();
                    if (!real.startsWith(root)) {
                        throw new Refused("theme " + (Files.isDirectory(p) ? "folder " : "file ") + shown(p) + " is a symbolic link to "
                                + real + ", outside the theme folder " + shown(folder) + "; copy the file into the theme instead");
                    }
                }

                private String shown(Path p) {
                    return DisplayPath.of(cwd, p);
                }
            });
        } catch (Refused e) {
            throw new ThemeException(e.getMessage());
        } catch (IOException e) {
            throw new ThemeException("cannot read the theme folder " + DisplayPath.of(cwd, folder) + ": " + e.getMessage()
                    + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Carries a refusal out of the file visitor. */
    private static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }
}
