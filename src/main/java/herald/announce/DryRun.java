package herald.announce;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A dry run's listing: each message exactly as it would be sent, with variable names where the secrets go. */
final class DryRun {
    private DryRun() {
    }

    static void print(PrintWriter out, Channel channel, MessagePlan.Item item, Env env) {
        Outgoing m = item.message();
        out.println("--- " + channel.label() + " · " + m.summary());
        if (item.problem() != null) {
            out.println("cannot be made: " + item.problem());
            return;
        }
        if (channel instanceof HttpChannel hook && m instanceof Outgoing.Post post) {
            out.println("POST $" + hook.urlEnv() + (env.value(hook.urlEnv()).isPresent() ? "" : " (not set)"));
            out.println("Idempotency-Key: \"" + m.key() + "\"");
            if (hook.secretEnv() != null) {
                Optional<String> secret = env.value(hook.secretEnv());
                out.println(HttpDelivery.SIGNATURE_HEADER + ": " + secret.map(s -> HttpDelivery.signature(s, post.json().getBytes(StandardCharsets.UTF_8)))
                        .orElse("(signed with $" + hook.secretEnv() + ", not set)"));
            }
            out.println(post.json());
        } else if (channel instanceof EmailChannel email && m instanceof Outgoing.Mail mail) {
            EmailChannel.Smtp smtp = email.smtp();
            out.println("SMTP $" + smtp.hostEnv() + ":" + smtp.port() + (smtp.starttls() ? " (STARTTLS required)" : "")
                    + ", one message to each address of $" + email.toEnv() + (env.value(email.toEnv()).isPresent() ? "" : " (not set)"));
            out.println("From: " + email.from());
            out.println("Subject: " + mail.subject());
            if (!email.unsubscribe().isEmpty()) {
                out.println("List-Unsubscribe: " + String.join(", ", email.unsubscribe().stream().map(u -> "<" + u + ">").toList()));
            }
            out.println("Idempotency-Key: \"" + m.key() + "\"");
            out.println("[text/plain]");
            out.println(mail.text().stripTrailing());
            out.println("[text/html]");
            out.println(mail.html().stripTrailing());
        }
    }
}
