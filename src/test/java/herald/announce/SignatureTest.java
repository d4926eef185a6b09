package herald.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The webhook's HMAC-SHA256 signature, checked the way a receiver checks it. */
class SignatureTest {
    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSignatureIsWhatOpensslComputesForTheSameSecretAndBody() {
        // printf '%s' '{"meta":{"unsubscribe":null}}' | openssl dgst -sha256 -hmac s3cret
        assertEquals("sha256=abe77d34657c558b5aea30164f264eb3f61448fafcc7055baded98c4de60867b",
                HttpDelivery.signature("s3cret", "{\"meta\":{\"unsubscribe\":null}}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aReceiverVerifiesEverySignedBodyWithTheSharedSecret() throws Exception {
        try (Receiver hook = Receiver.answering()) {
            new Announcer(Env.of(Map.of("HOOK_URL", hook.url("/h"), "HOOK_SECRET", "correct horse battery staple")), Scenario.settings(),
                    new PrintWriter(new StringWriter())).announce(Scenario.previous(Scenario.quiet()), Scenario.incidentBegun(),
                    Scenario.all(), List.of(), Scenario.channels("- {type: webhook, urlEnv: HOOK_URL, secretEnv: HOOK_SECRET}"), false);

            assertEquals(2, hook.requests().size());
            for (Receiver.Request r : hook.requests()) {
                String signature = r.header("X-Herald-Signature-256");
                assertEquals(hmac("correct horse battery staple", r.body()), signature);
                assertNotEquals(hmac("a guessed secret", r.body()), signature);
            }
        }
    }

    @Test
    void aSignedChannelWhoseSecretIsMissingSendsNothingUnsigned() throws Exception {
        try (Receiver hook = Receiver.answering()) {
            AnnounceOutcome outcome = new Announcer(Env.of(Map.of("HOOK_URL", hook.url("/h"))), Scenario.settings(),
                    new PrintWriter(new StringWriter())).announce(Scenario.previous(Scenario.quiet()), Scenario.incidentBegun(),
                    Scenario.all(), List.of(), Scenario.channels("- {type: webhook, urlEnv: HOOK_URL, secretEnv: HOOK_SECRET}"), false);

            assertEquals(0, hook.requests().size());
            assertEquals("the environment variable HOOK_SECRET is not set; not sending unsigned to a receiver that checks signatures",
                    outcome.failures().get(0).reason());
        }
    }
}
