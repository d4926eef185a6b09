package herald.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Puts a stand-in for curl first in a bundle's tool folder: a download from a GitHub release of
 * {@code repository} goes to the local {@link ReleaseServer} instead, and is logged; any other URL
 * that is not on 127.0.0.1 is refused (logged, exit 22), so a test never reaches the network.
 */
final class LocalGithub {
    final Path log;

    LocalGithub(Bundle bundle, ReleaseServer release, String repository) throws IOException {
        Path curl = bundle.tools.resolve("curl");
        Path real = curl.toRealPath();
        log = bundle.tools.resolveSibling("curl.log");
        Files.delete(curl);
        String local = release.url("").replaceFirst("/v$", "/");
        Files.writeString(curl, """
                #!/bin/sh
                from='https://github.com/%s/releases/download/'
                n=$#
                while [ "$n" -gt 0 ]; do
                  a=$1; shift; n=$((n - 1))
                  case $a in
                    "$from"*) echo "$a" >> '%s'; a="%s${a#"$from"}" ;;
                    http://127.0.0.1:*) ;;
                    http://* | https://*) echo "refused $a" >> '%s'; exit 22 ;;
                  esac
                  set -- "$@" "$a"
                done
                exec '%s' "$@"
                """.formatted(repository, log, local, log, real));
        Files.setPosixFilePermissions(curl, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The URLs asked for, as the scripts wrote them. */
    List<String> asked() throws IOException {
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }
}
