package herald.announce;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * POSTs one JSON message with retries: network errors, 5xx and 429 are tried again (up to
 * {@link SendSettings#attempts()}, honouring {@code Retry-After}); any 2xx is delivered (Teams
 * answers 202) and never repeated; 3xx and other 4xx fail at once with the receiver's reason.
 * Every attempt carries the same body, signature and {@code Idempotency-Key}.
 */
final class HttpDelivery {
    /** GitHub's convention: {@code sha256=} and the lower-case hex HMAC-SHA256 of the exact body bytes. */
    static final String SIGNATURE_HEADER = "X-Herald-Signature-256";

    private final HttpClient client;
    private final SendSettings settings;

    HttpDelivery(HttpClient client, SendSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    static HttpClient client(SendSettings settings) {
        return HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * @param url    the channel's URL (a secret: it never appears in a result)
     * @param secret the HMAC key, or null for no signature
     */
    Delivery post(HttpChannel channel, String url, String secret, Outgoing.Post message) throws InterruptedException {
        byte[] body = message.json().getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(target(channel, url)).timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", settings.userAgent())
                .header("Idempotency-Key", "\"" + message.key() + "\"") // an sf-string, quoted, per the IETF draft
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (secret != null) {
            request.header(SIGNATURE_HEADER, signature(secret, body));
        }
        HttpRequest built = request.build();
        String reason = "";
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            Duration backoff = settings.backoffBefore(attempt + 1);
            Duration wait = backoff;
            try {
                HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return Delivery.delivered(channel, message, attempt, "HTTP " + status);
                }
                reason = "HTTP " + status + answer(response.body());
                if (status != 429 && status / 100 != 5) {
                    return Delivery.failed(channel, message, attempt, reason + hint(status));
                }
                Optional<Duration> asked = retryAfter(response);
                if (asked.isPresent() && asked.get().compareTo(settings.longestWait()) > 0) {
                    return Delivery.failed(channel, message, attempt, reason + "; asked to wait " + asked.get().toSeconds()
                            + " s, longer than the " + settings.longestWait().toSeconds() + " s Herald waits");
                }
                wait = asked.filter(a -> a.compareTo(backoff) > 0).orElse(backoff);
            } catch (IOException e) {
                reason = NetworkErrors.describe(e).replace(url, "$" + channel.urlEnv());
            }
            if (attempt < settings.attempts()) {
                settings.sleeper().sleep(wait);
            }
        }
        return Delivery.failed(channel, message, settings.attempts(), reason);
    }

    /** Discord answers 204 and drops a bad message silently unless asked to wait for it. */
    private static URI target(HttpChannel channel, String url) {
        if (channel.kind() == HttpChannel.Kind.DISCORD && !url.contains("wait=")) {
            return URI.create(url + (url.contains("?") ? "&" : "?") + "wait=true");
        }
        return URI.create(url);
    }

    static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whole seconds (Slack, Discord, Teams) or Discord's {@code retry_after} float in a JSON body. */
    private static Optional<Duration> retryAfter(HttpResponse<String> response) {
        Optional<String> header = response.headers().firstValue("Retry-After");
        try {
            if (header.isPresent()) {
                return Optional.of(Duration.ofMillis((long) Math.ceil(Double.parseDouble(header.get().strip()) * 1000)));
            }
            var node = Json.parse(response.body().getBytes(StandardCharsets.UTF_8));
            if (node != null && node.path("retry_after").isNumber()) {
                return Optional.of(Duration.ofMillis((long) Math.ceil(node.get("retry_after").asDouble() * 1000)));
            }
        } catch (NumberFormatException | IOException e) {
            return Optional.empty(); // an HTTP date or a page: fall back to the backoff
        }
        return Optional.empty();
    }

    /** The receiver's own words (Slack says "invalid_payload", "channel_not_found"), kept short. */
    private static String answer(String body) {
        String b = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return b.isEmpty() ? "" : " \"" + Text.cut(b, 200) + "\"";
    }

    private static String hint(int status) {
        return switch (status) {
            case 404, 410 -> "; the webhook URL is gone: create a new one and update the secret";
            case 401, 403 -> "; the receiver refused it: check the URL and the secret";
            default -> status / 100 == 3 ? "; redirects are not followed: use the final URL" : "";
        };
    }
}
