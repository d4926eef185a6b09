package herald.announce;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Sends one update's email through the channel's SMTP relay with Angus Mail: one message per
 * recipient (nobody sees the rest of the list), multipart/alternative with the plain part first,
 * {@code List-Unsubscribe} (and one-click {@code List-Unsubscribe-Post} when there is an https
 * target). A failed connection is tried again for the recipients not yet served.
 */
final class MailDelivery {
    private final SendSettings settings;

    MailDelivery(SendSettings settings) {
        this.settings = settings;
    }

    /** The resolved relay and list: what the environment gave. */
    record Relay(String host, String user, String password, List<InternetAddress> recipients) {
    }

    static Relay relay(EmailChannel channel, Env env) throws AnnounceException {
        EmailChannel.Smtp smtp = channel.smtp();
        String host = env.value(smtp.hostEnv()).orElseThrow(() -> missing(smtp.hostEnv()));
        String user = smtp.userEnv() == null ? null : env.value(smtp.userEnv()).orElseThrow(() -> missing(smtp.userEnv()));
        String password = smtp.passwordEnv() == null ? null : env.value(smtp.passwordEnv()).orElseThrow(() -> missing(smtp.passwordEnv()));
        String to = env.value(channel.toEnv()).orElseThrow(() -> missing(channel.toEnv()));
        try {
            return new Relay(host, user, password, Addresses.list(to));
        } catch (AddressException e) {
            throw new AnnounceException("$" + channel.toEnv() + " is not a comma-separated list of email addresses (" + e.getMessage() + ")");
        }
    }

    private static AnnounceException missing(String name) {
        return new AnnounceException("the environment variable " + name + " is not set");
    }

    Delivery send(EmailChannel channel, Relay relay, Outgoing.Mail mail) throws InterruptedException {
        Session session = Session.getInstance(properties(channel.smtp(), relay));
        List<InternetAddress> pending = new ArrayList<>(relay.recipients());
        List<String> rejected = new ArrayList<>();
        String reason = "";
        int attempt = 0;
        while (attempt < settings.attempts() && !pending.isEmpty()) {
            attempt++;
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect(relay.host(), channel.smtp().port(), relay.user(), relay.password());
                while (!pending.isEmpty()) {
                    InternetAddress to = pending.get(0);
                    try {
                        MimeMessage m = message(session, channel, mail, to);
                        transport.sendMessage(m, m.getAllRecipients());
                    } catch (SendFailedException e) {
                        rejected.add(to.getAddress() + " (" + firstLine(e.getMessage()) + ")"); // final: this address is refused
                    }
                    pending.remove(0);
                }
            } catch (AuthenticationFailedException e) {
                return Delivery.failed(channel, mail, attempt, "the relay refused the login: check $" + channel.smtp().userEnv()
                        + " and $" + channel.smtp().passwordEnv());
            } catch (MessagingException e) {
                reason = firstLine(e.getMessage());
                if (reason.contains("STARTTLS is required")) {
                    return Delivery.failed(channel, mail, attempt, reason + "; the relay offers no STARTTLS: use one that does,"
                            + " or set smtp.starttls: false only for a relay on a trusted network");
                }
                if (attempt < settings.attempts()) {
                    settings.sleeper().sleep(settings.backoffBefore(attempt + 1));
                }
            }
        }
        int total = relay.recipients().size();
        int sent = total - pending.size() - rejected.size();
        if (pending.isEmpty() && rejected.isEmpty()) {
            return Delivery.delivered(channel, mail, attempt, "to " + total + (total == 1 ? " recipient" : " recipients"));
        }
        String why = (rejected.isEmpty() ? "" : "refused: " + String.join(", ", rejected))
                + (pending.isEmpty() ? "" : (rejected.isEmpty() ? "" : "; ") + pending.size() + " not sent: " + reason);
        return Delivery.failed(channel, mail, attempt, "sent to " + sent + " of " + total + "; " + why);
    }

    private Properties properties(EmailChannel.Smtp smtp, Relay relay) {
        String ms = String.valueOf(settings.timeout().toMillis());
        Properties p = new Properties();
        p.put("mail.smtp.host", relay.host());
        p.put("mail.smtp.port", String.valueOf(smtp.port()));
        p.put("mail.smtp.auth", String.valueOf(relay.user() != null));
        p.put("mail.smtp.starttls.enable", "true"); // upgrade whenever the relay offers it
        p.put("mail.smtp.starttls.required", String.valueOf(smtp.starttls()));
        // all three default to waiting forever
        p.put("mail.smtp.connectiontimeout", ms);
        p.put("mail.smtp.timeout", ms);
        p.put("mail.smtp.writetimeout", ms);
        return p;
    }

    private MimeMessage message(Session session, EmailChannel channel, Outgoing.Mail mail, InternetAddress to) throws MessagingException {
        InternetAddress from = InternetAddress.parse(channel.from(), true)[0];
        String messageId = "<herald." + mail.key() + "." + UpdateIds.shortId(to.getAddress()) + "@" + Addresses.domain(from) + ">";
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // stable per update and recipient: a resend is recognisably the same message
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(from);
        m.setRecipient(Message.RecipientType.TO, to);
        m.setSubject(mail.subject(), "UTF-8");
        m.setSentDate(Date.from(settings.clock().instant()));
        List<String> unsubscribe = channel.unsubscribe();
        if (!unsubscribe.isEmpty()) {
            m.setHeader("List-Unsubscribe", String.join(", ", unsubscribe.stream().map(u -> "<" + u + ">").toList()));
            if (unsubscribe.stream().anyMatch(u -> u.startsWith("https://"))) {
                m.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"); // RFC 8058 one-click needs https
            }
        }
        m.setHeader("Idempotency-Key", "\"" + mail.key() + "\"");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(mail.html(), "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html); // last is preferred
        m.setContent(alternative);
        return m;
    }

    private static String firstLine(String s) {
        String t = s == null ? "" : s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
