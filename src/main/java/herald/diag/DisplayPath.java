package herald.diag;

import java.nio.file.Path;

/** How findings show a path: relative to the working directory with '/', else absolute. */
public final class DisplayPath {
    private DisplayPath() {
    }

    public static String of(Path cwd, Path p) {
        Path abs = cwd.resolve(p).normalize();
        Path base = cwd.toAbsolutePath().normalize();
        Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
        String s = shown.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }
}
