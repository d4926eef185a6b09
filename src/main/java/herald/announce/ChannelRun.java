package herald.announce;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

/** One channel's messages, in order, with its secrets looked up once; a missing secret fails its messages, not the run. */
final class ChannelRun {
    private final Channel channel;
    private final Env env;
    private final SendSettings settings;
    private final HttpClient http;

    ChannelRun(Channel channel, Env env, SendSettings settings, HttpClient http) {
        this.channel = channel;
        this.env = env;
        this.settings = settings;
        this.http = http;
    }

    List<Delivery> deliver(List<MessagePlan.Item> items) {
        List<Delivery> results = new ArrayList<>();
        String unusable = unusable();
        MailDelivery.Relay relay = null;
        if (unusable == null && channel instanceof EmailChannel email) {
            try {
                relay = MailDelivery.relay(email, env);
            } catch (AnnounceException e) {
                unusable = e.getMessage();
            }
        }
        for (MessagePlan.Item item : items) {
            String problem = item.problem() != null ? item.problem() : unusable;
            if (problem != null) {
                results.add(Delivery.failed(channel, item.message(), 0, problem));
                continue;
            }
            try {
                results.add(send(item.message(), relay));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                results.add(Delivery.failed(channel, item.message(), 0, "interrupted before it was sent"));
            }
        }
        return results;
    }

    private Delivery send(Outgoing message, MailDelivery.Relay relay) throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
        if (channel instanceof HttpChannel hook) {
            String url = env.value(hook.urlEnv()).orElseThrow();
            String secret = hook.secretEnv() == null ? null : env.value(hook.secretEnv()).orElseThrow();
            return new HttpDelivery(http, settings).post(hook, url, secret, (Outgoing.Post) message);
        }
        return new MailDelivery(settings).send((EmailChannel) channel, relay, (Outgoing.Mail) message);
    }

    /** Why the channel cannot send at all, or null. */
    private String unusable() {
        if (!(channel instanceof HttpChannel hook)) {
            return null;
        }
        String url = env.value(hook.urlEnv()).orElse(null);
        if (url == null) {
            return "the environment variable " + hook.urlEnv() + " is not set";
        }
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            return "$" + hook.urlEnv() + " does not hold an http(s) URL";
        }
        try {
            java.net.URI.create(url);
        } catch (IllegalArgumentException e) {
            return "$" + hook.urlEnv() + " does not hold a valid URL";
        }
        if (hook.secretEnv() != null && env.value(hook.secretEnv()).isEmpty()) {
            return "the environment variable " + hook.secretEnv() + " is not set; not sending unsigned to a receiver that checks signatures";
        }
        return null;
    }
}
