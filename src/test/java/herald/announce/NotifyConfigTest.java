package herald.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** site.yaml's notify: list, from the tree the loader reads, with every problem at its field's path. */
class NotifyConfigTest {
    private static NotifyConfig.Parsed parse(String yaml) throws Exception {
        return NotifyConfig.parse(new ObjectMapper(new YAMLFactory()).readValue(yaml, Object.class), Scenario.COMPONENT_IDS);
    }

    @Test
    void everyChannelTypeParsesWithItsDefaults() throws Exception {
        NotifyConfig.Parsed p = parse("""
                - {type: slack, urlEnv: SLACK_URL}
                - {type: teams, urlEnv: TEAMS_URL, events: [maintenance]}
                - {type: discord, urlEnv: DISCORD_URL, components: [web]}
                - {type: webhook, urlEnv: HOOK_URL, secretEnv: HOOK_SECRET, audience: eng}
                - type: email
                  smtp: {hostEnv: SMTP_HOST, port: 587, userEnv: SMTP_USER, passwordEnv: SMTP_PASSWORD}
                  from: Example Status <status@example.com>
                  toEnv: STATUS_SUBSCRIBERS
                  unsubscribe: [https://lists.example.com/u, "mailto:leave@example.com"]
                """);

        assertEquals(List.of(), p.problems());
        assertEquals(List.of(
                new HttpChannel(HttpChannel.Kind.SLACK, "notify[0]", "SLACK_URL", null, Filter.everything()),
                new HttpChannel(HttpChannel.Kind.TEAMS, "notify[1]", "TEAMS_URL", null,
                        new Filter(List.of(), EnumSet.of(EntryKind.MAINTENANCE), Audience.PUBLIC)),
                new HttpChannel(HttpChannel.Kind.DISCORD, "notify[2]", "DISCORD_URL", null, Filter.everything().withComponents(List.of("web"))),
                new HttpChannel(HttpChannel.Kind.WEBHOOK, "notify[3]", "HOOK_URL", "HOOK_SECRET", Filter.everything().withAudience(Audience.ENG)),
                new EmailChannel("notify[4]", new EmailChannel.Smtp("SMTP_HOST", 587, "SMTP_USER", "SMTP_PASSWORD", true),
                        "Example Status <status@example.com>", "STATUS_SUBSCRIBERS",
                        List.of("https://lists.example.com/u", "mailto:leave@example.com"), Filter.everything())), p.channels());
    }

    @Test
    void everyProblemNamesItsFieldAndTheFix() throws Exception {
        NotifyConfig.Parsed p = parse("""
                - {type: slack, urlEnv: "https://hooks.slack.com/services/T0/B0/abc"}
                - {type: sms, urlEnv: X}
                - {type: teams, url: X, components: [apii], events: [outages], audience: board}
                - {type: discord, urlEnv: D, secretEnv: S}
                - type: email
                  smtp: {hostEnv: H, port: 99999, userEnv: U, starttls: maybe}
                  from: not an address
                  toEnv: T
                - type: email
                  smtp: {hostEnv: H, port: 25}
                  from: status@example.com
                  toEnv: T
                  audience: exec
                """);

        assertEquals(List.of(), p.channels().stream().filter(c -> !c.where().equals("notify[5]")).toList());
        assertEquals("""
                notify[0].urlEnv: this looks like the secret itself: keep it out of git, store it in a CI secret and give the variable's name, like SLACK_WEBHOOK_URL
                notify[1].type: "sms" is not a channel type: one of slack, teams, discord, webhook, email
                notify[2].url: unknown key "url": secrets only by variable name: use urlEnv
                notify[2].components[0]: "apii" is not a component of site.yaml: one of answers-api, web
                notify[2].events[0]: "outages" is not an event: incidents or maintenance
                notify[2].audience: "board" is not an audience: public, exec, support, sales or eng
                notify[2].urlEnv: missing: the name of the environment variable that holds it, like SLACK_WEBHOOK_URL
                notify[3].secretEnv: unknown key "secretEnv": expected one of type, components, events, audience, urlEnv
                notify[4].smtp.passwordEnv: userEnv and passwordEnv go together: give both or neither
                notify[4].smtp.port: "99999" is not a port: a number from 1 to 65535, like 587
                notify[4].smtp.starttls: expected true or false (default true: refuse a relay without STARTTLS)
                notify[4].from: "not an address" is not an email address, like "Example Status <status@example.com>"
                notify[4].unsubscribe: missing: subscribers need a way out; give the https URL of the form service or mailing-list tool that owns the list, or a mailto: address
                """, String.join("\n", p.problems().stream().map(NotifyConfig.Problem::toString).toList()) + "\n");
    }

    @Test
    void noNotifyKeyMeansNoChannels() {
        assertEquals(new NotifyConfig.Parsed(List.of(), List.of()), NotifyConfig.parse(null, Scenario.COMPONENT_IDS));
    }

    @Test
    void notifyMustBeAList() {
        assertEquals(List.of(new NotifyConfig.Problem("notify", "expected a list of channels, like - {type: slack, urlEnv: SLACK_WEBHOOK_URL}")),
                NotifyConfig.parse("slack", Scenario.COMPONENT_IDS).problems());
    }
}
