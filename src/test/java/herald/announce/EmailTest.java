package herald.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The email channel through a real SMTP server (GreenMail on 127.0.0.1, a free port). GreenMail's
 * plain SMTP offers no STARTTLS, so these channels set {@code starttls: false}; one test shows
 * that the default (required) refuses such a relay with a clear reason.
 */
class EmailTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("bot@example.com", "bot", "s3cret"))
            .withPerMethodLifecycle(true);

    private final StringWriter report = new StringWriter();

    private AnnounceOutcome announce(String smtpExtra) throws InterruptedException {
        return announce(smtpExtra, "");
    }

    private AnnounceOutcome announce(String smtpExtra, String channelExtra) throws InterruptedException {
        return announce(smtpExtra, channelExtra, false);
    }

    private AnnounceOutcome announce(String smtpExtra, String channelExtra, boolean dryRun) throws InterruptedException {
        String channels = """
                - type: email
                  smtp: {hostEnv: SMTP_HOST, port: %d, userEnv: SMTP_USER, passwordEnv: SMTP_PASSWORD%s}
                  from: Example Status <status@example.com>
                  toEnv: SUBSCRIBERS
                  unsubscribe: ["https://lists.example.com/u/OPAQUE", "mailto:leave@example.com?subject=unsubscribe"]
                """.formatted(SMTP.getSmtp().getPort(), smtpExtra) + channelExtra;
        Env env = Env.of(Map.of("SMTP_HOST", "127.0.0.1", "SMTP_USER", "bot", "SMTP_PASSWORD", "s3cret",
                "SUBSCRIBERS", "ana@example.org, bo@example.net"));
        return new Announcer(env, Scenario.settings(), new PrintWriter(report)).announce(Scenario.previous(Scenario.quiet()),
                Scenario.incidentBegun(), Scenario.all(), Scenario.drafts(), Scenario.channels(channels), dryRun);
    }

    @Test
    void eachSubscriberGetsTheUpdateWithSubjectBothPartsAndListUnsubscribe() throws Exception {
        AnnounceOutcome outcome = announce(", starttls: false");

        assertEquals(0, outcome.exitStatus(), report.toString());
        assertEquals("to 2 recipients", outcome.deliveries().get(0).reason()); // the state change is in the update's email
        assertTrue(SMTP.waitForIncomingEmail(5000, 2));
        MimeMessage[] got = SMTP.getReceivedMessages();
        assertEquals(2, got.length);
        assertEquals(List.of("ana@example.org", "bo@example.net"),
                Arrays.stream(got).map(m -> address(m)).sorted().toList()); // nobody sees the rest of the list
        MimeMessage m = got[0];
        assertEquals("[Example Status] Investigating: Slow and incomplete AI answers", m.getSubject());
        assertEquals("Example Status <status@example.com>", m.getFrom()[0].toString());
        assertEquals("<https://lists.example.com/u/OPAQUE>, <mailto:leave@example.com?subject=unsubscribe>",
                m.getHeader("List-Unsubscribe", null));
        assertEquals("List-Unsubscribe=One-Click", m.getHeader("List-Unsubscribe-Post", null));
        assertEquals("\"" + Scenario.INVESTIGATING.id() + "\"", m.getHeader("Idempotency-Key", null));
        assertTrue(m.getMessageID().startsWith("<herald." + Scenario.INVESTIGATING.id() + "."), m.getMessageID());
        assertTrue(m.getMessageID().endsWith("@example.com>"), m.getMessageID());

        MimeMultipart parts = (MimeMultipart) m.getContent();
        assertTrue(parts.getContentType().startsWith("multipart/alternative"), parts.getContentType());
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertEquals("""
                Slow and incomplete AI answers
                Investigating · Degraded performance · AI answers
                2026-11-20 14:09 UTC

                Users may see slow responses & missing citations. Next update by 14:25 UTC.

                View on the status page: https://status.example.com/incidents/2026-11-20-slow-answers/

                You receive this because you subscribed to Example Status updates. Unsubscribe: https://lists.example.com/u/OPAQUE
                """, ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        String html = (String) parts.getBodyPart(1).getContent();
        assertTrue(html.contains("<div><p>Users may see <strong>slow responses</strong> &amp; missing citations."), html);
        assertTrue(html.contains("<a href=\"https://lists.example.com/u/OPAQUE\">Unsubscribe</a>"), html);
        for (String sentinel : Scenario.SENTINELS) {
            assertFalse(parts.getBodyPart(0).getContent().toString().contains(sentinel), sentinel);
            assertFalse(html.contains(sentinel), sentinel);
        }
    }

    @Test
    void anExecListGetsTheExecDraft() throws Exception {
        announce(", starttls: false", "  audience: exec\n");

        assertTrue(SMTP.waitForIncomingEmail(5000, 2));
        MimeMessage m = SMTP.getReceivedMessages()[0];
        assertEquals("[INTERNAL · Exec on call] Investigating: Slow and incomplete AI answers", m.getSubject());
        String text = (String) ((MimeMultipart) m.getContent()).getBodyPart(0).getContent();
        assertTrue(text.contains("[S1] Slow and incomplete AI answers") && text.contains("Next checkpoint: 14:25 UTC"), text);
    }

    @Test
    void aRelayWithoutStarttlsIsRefusedByDefaultWithTheReasonAndTheFix() throws Exception {
        AnnounceOutcome outcome = announce("");

        assertEquals(AnnounceOutcome.SOME_FAILED, outcome.exitStatus());
        assertEquals("STARTTLS is required but host does not support STARTTLS; the relay offers no STARTTLS: use one that does,"
                + " or set smtp.starttls: false only for a relay on a trusted network", outcome.failures().get(0).reason());
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void aDryRunPrintsTheEmailAndConnectsToNoRelay() throws Exception {
        AnnounceOutcome outcome = announce(", starttls: false", "", true);

        assertEquals(0, outcome.exitStatus());
        assertEquals(0, SMTP.getReceivedMessages().length);
        String out = report.toString();
        assertTrue(out.contains("\n--- notify[0] email · 2026-11-20-slow-answers investigating\nSMTP $SMTP_HOST:" + SMTP.getSmtp().getPort()
                + ", one message to each address of $SUBSCRIBERS\nFrom: Example Status <status@example.com>\n"
                + "Subject: [Example Status] Investigating: Slow and incomplete AI answers\n"
                + "List-Unsubscribe: <https://lists.example.com/u/OPAQUE>, <mailto:leave@example.com?subject=unsubscribe>\n"), out);
        assertTrue(out.contains("\n[text/plain]\nSlow and incomplete AI answers\n"), out);
        assertTrue(out.contains("\n[text/html]\n<!DOCTYPE html>"), out);
    }

    private static String address(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
