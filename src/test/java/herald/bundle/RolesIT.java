package herald.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.bundle.Bundle.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's authoring from the release bundle, in a fresh status repository: roles named when the
 * incident opens and filled in later with herald roles (no empty scaffold in between), a body
 * piped in with --body -, and a checkpoint written in the site's zone that the lint reads back.
 */
class RolesIT {
    @TempDir
    Path tmp;

    @Test
    void rolesAndAPipedBodyFromTheBundle() throws Exception {
        try (Bundle bundle = Bundle.unpack(tmp)) {
            Map<String, String> env = new LinkedHashMap<>(bundle.environment(Bundle.currentJava(), Files.createDirectories(tmp.resolve("home"))));
            env.put("HERALD_ARCHIVE", "off");
            ok(bundle.herald(tmp, env, "init", "status", "--title", "Initech Status", "--base-url", "https://status.initech.example/",
                    "--components", "API", "--timezone", "America/New_York"));
            Path repo = tmp.resolve("status");
            Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
            Result opened = ok(bundle.herald(repo, env, "new", "Slow API responses", "--severity", "S2", "--components", "api",
                    "--at", now.minus(20, ChronoUnit.MINUTES).toString(), "--incident-lead", "Dana Scully"));
            Matcher m = Pattern.compile("wrote (content/incidents/([a-z0-9-]+)\\.md)").matcher(opened.out());
            assertTrue(m.find(), opened.out());
            Path file = repo.resolve(m.group(1));
            String id = m.group(2);
            assertTrue(Files.readString(file).contains("internal:\n  roles: {incidentLead: Dana Scully}\n"), Files.readString(file));

            Result roles = ok(bundle.herald(repo, env, "roles", id, "--comms-lead", "Priya", "--support-lead", "Tom", "--sre", "Lee"));
            assertTrue(roles.out().startsWith("wrote " + m.group(1) + "\n"), roles.out());
            assertTrue(Files.readString(file).contains("  roles: {incidentLead: Dana Scully, commsLead: Priya, supportLead: Tom, sreOnCall: Lee}\n"),
                    Files.readString(file));

            // the body from standard input, as a script or an editor pipes it
            Map<String, String> piped = new LinkedHashMap<>(env);
            piped.put("HERALD_BODY", "We found a slow database query and are rolling it back. Next update in 15 minutes.\n");
            List<String> command = new ArrayList<>(List.of(bundle.tools.resolve("sh").toString(), "-c",
                    "printf '%s' \"$HERALD_BODY\" | exec herald \"$@\"", "herald", "update", id, "--status", "identified",
                    "--at", now.minus(6, ChronoUnit.MINUTES).toString(), "--body", "-"));
            ok(Bundle.run(repo, piped, command, Duration.ofMinutes(3)));
            assertTrue(Files.readString(file).contains("We found a slow database query and are rolling it back."), Files.readString(file));

            ok(bundle.herald(repo, env, "update", id, "--status", "monitoring", "--at", now.toString()));
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(Pattern.compile("Next checkpoint\\s+at \\d\\d:\\d\\d E[SD]T\\.").matcher(text).find(), text);
            Result lint = bundle.herald(repo, env, "lint");
            assertEquals(0, lint.code(), lint.toString());
            assertFalse(lint.out().contains("roles-missing"), lint.out());
        }
    }

    private static Result ok(Result r) {
        assertEquals(0, r.code(), r.toString());
        assertFalse(r.err().contains("Exception") || r.err().contains("internal error"), r.toString());
        return r;
    }
}
