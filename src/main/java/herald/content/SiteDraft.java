package herald.content;

import herald.announce.Channel;
import herald.diag.Where;
import herald.model.Policy;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * site.yaml as read: title and baseUrl are null when missing or wrong (the lint says why); the rest has defaults (since: null).
 *
 * @param channels site.yaml's notify: list, herald announce's channels (the ones that parsed; the findings say what is wrong with the others)
 */
public record SiteDraft(
        String title,
        String baseUrl,
        String language,
        ZoneId timezone,
        String description,
        String supportUrl,
        List<ComponentDraft> components,
        Policy policy,
        List<Channel> channels,
        LocalDate since,
        java.util.Map<String, String> roles,
        Where where) {

    public SiteDraft {
        components = List.copyOf(components);
        channels = List.copyOf(channels);
        roles = java.util.Map.copyOf(roles);
    }

    /** A component of site.yaml as read: id and name are null when missing or wrong. */
    public record ComponentDraft(String id, String name, String group, String description, LocalDate since, Where where) {
    }
}
