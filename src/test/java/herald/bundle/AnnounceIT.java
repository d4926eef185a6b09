package herald.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import herald.announce.Receiver;
import herald.bundle.Bundle.Result;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * herald build and herald announce from the release bundle, in a fresh status repository that
 * herald init wrote: a webhook receiver on 127.0.0.1 gets the new incident and the state change,
 * signed; GreenMail gets the email (Angus Mail from the shaded jar); the next run sends nothing.
 */
class AnnounceIT {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @TempDir
    Path tmp;

    @Test
    void buildThenAnnounceFromTheBundleInAFreshRepository() throws Exception {
        try (Bundle bundle = Bundle.unpack(tmp); Receiver hook = Receiver.answering()) {
            Map<String, String> env = new LinkedHashMap<>(bundle.environment(Bundle.currentJava(), Files.createDirectories(tmp.resolve("home"))));
            env.put("HERALD_ARCHIVE", "off");
            step(bundle, tmp, env, "init", "acme-status", "--title", "Acme Status", "--base-url", "https://status.acme.example/",
                    "--components", "API, Dashboard", "--host", "netlify");
            Path repo = tmp.resolve("acme-status");
            Files.writeString(repo.resolve("content/site.yaml"), "notify:\n"
                    + "  - {type: webhook, urlEnv: STATUS_HOOK_URL, secretEnv: STATUS_HOOK_SECRET}\n"
                    + "  - type: email\n    smtp: {hostEnv: SMTP_HOST, port: " + SMTP.getSmtp().getPort() + ", starttls: false}\n"
                    + "    from: Acme Status <status@acme.example>\n    toEnv: STATUS_SUBSCRIBERS\n"
                    + "    unsubscribe: https://lists.acme.example/leave\n", StandardOpenOption.APPEND);
            env.put("STATUS_HOOK_URL", hook.url("/statuspage"));
            env.put("STATUS_HOOK_SECRET", "s3cret");
            env.put("SMTP_HOST", "127.0.0.1");
            env.put("STATUS_SUBSCRIBERS", "ops@acme.example");

            step(bundle, repo, env, "build");
            step(bundle, repo, env, "announce", "--previous", "site", "--save", ".herald-live");
            Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
            step(bundle, repo, env, "new", "Slow API responses", "--severity", "S3", "--components", "api",
                    "--triggered", now.minus(6, ChronoUnit.MINUTES).toString(), "--at", now.minus(5, ChronoUnit.MINUTES).toString(),
                    "--effect", "API requests are slow");
            step(bundle, repo, env, "build");
            Result announced = step(bundle, repo, env, "announce", "--previous", ".herald-live");

            assertTrue(announced.out().startsWith("announce: 1 new update, 2 state changes since "), announced.toString());
            assertTrue(announced.out().endsWith("announce: 3 delivered, 0 failed\n"), announced.toString());
            List<Receiver.Request> got = hook.requests();
            assertEquals(2, got.size(), got.toString());
            assertTrue(got.get(0).body().contains("\"name\":\"Slow API responses\""), got.get(0).body());
            assertTrue(got.get(1).body().contains("\"component_update\""), got.get(1).body());
            assertTrue(got.get(0).header("X-Herald-Signature-256").startsWith("sha256="), got.get(0).headers().toString());
            assertTrue(SMTP.waitForIncomingEmail(5000, 1));
            MimeMessage mail = SMTP.getReceivedMessages()[0];
            assertTrue(mail.getSubject().endsWith("Slow API responses"), mail.getSubject());
            assertEquals("<https://lists.acme.example/leave>", mail.getHeader("List-Unsubscribe", null));

            Result again = step(bundle, repo, env, "announce", "--previous", "site");
            assertTrue(again.out().startsWith("announce: nothing new since "), again.toString());
            assertEquals(2, hook.requests().size());
        }
    }

    private static Result step(Bundle bundle, Path cwd, Map<String, String> env, String... args) throws Exception {
        Result r = bundle.herald(cwd, env, args);
        assertEquals(0, r.code(), "herald " + String.join(" ", args) + "\n" + r);
        assertTrue(!r.err().contains("Exception") && !r.err().contains("internal error"), r.toString());
        return r;
    }
}
