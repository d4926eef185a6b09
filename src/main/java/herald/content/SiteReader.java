package herald.content;

import herald.announce.Channel;
import herald.yaml.YNode;
import herald.yaml.YNode.YMap;
import herald.diag.Rule;
import herald.model.Links;
import herald.model.Policy;
import herald.model.Roles;
import herald.model.TimeFormats;
import herald.diag.Pos;
import herald.diag.Where;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Builds {@link SiteDraft} from the YAML of site.yaml. */
final class SiteReader {
    static final Set<String> SITE_KEYS = Set.of("title", "baseUrl", "language", "timezone", "description",
            "supportUrl", "components", "policy", "notify", "since", "roles");
    static final Set<String> COMPONENT_KEYS = Set.of("id", "name", "group", "description", "since");
    static final Set<String> POLICY_KEYS = Set.of("firstUpdateWithin", "activeCadence", "stableCadence",
            "checkpointGrace", "bannerMaxChars", "postmortemWithin", "historyDays", "publishTolerance", "publishCheckFrom", "internalTerms");
    static final Pattern COMPONENT_ID = Pattern.compile("[a-z0-9-]+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private SiteReader() {
    }

    static SiteDraft read(Fields f) {
        if (!f.isMap()) {
            f.report(f.pos(), Rule.YAML_SYNTAX, "site.yaml must be a mapping of keys (title:, baseUrl:, components:, …)");
            return unreadable(f.file());
        }
        f.rejectUnknownKeys(SITE_KEYS, "site.yaml");
        String title = f.text("title", true);
        String baseUrl = f.url("baseUrl", true);
        if (baseUrl != null && Links.baseUrlProblem(baseUrl) != null) {
            f.report(f.valuePos("baseUrl"), Rule.INVALID_VALUE, "\"baseUrl\" is \"" + baseUrl + "\", " + Links.baseUrlProblem(baseUrl));
            baseUrl = null;
        }
        String language = f.text("language", false);
        if (language == null || language.isBlank()) {
            language = "en";
        } else if (!LANGUAGE.matcher(language.trim()).matches()) {
            f.report(f.valuePos("language"), Rule.INVALID_VALUE, "\"language\" is \"" + language
                    + "\", not a language tag; write e.g. en, de or pt-BR");
            language = "en";
        }
        ZoneId zone = ZoneOffset.UTC;
        String tz = f.text("timezone", false);
        if (tz != null && !tz.isBlank()) {
            ZoneId named = TimeFormats.ianaZone(tz);
            if (named != null) {
                zone = named;
            } else {
                f.report(f.valuePos("timezone"), Rule.INVALID_VALUE, "\"timezone\" is \"" + tz + "\", not an IANA time zone"
                        + (TimeFormats.isFixedOffset(tz) ? " (a fixed offset would show summer times an hour off)" : "")
                        + "; write e.g. UTC, Europe/Berlin or America/New_York");
            }
        }
        String description = f.text("description", false);
        String supportUrl = f.url("supportUrl", false);
        List<SiteDraft.ComponentDraft> components = components(f);
        Policy policy = policy(f);
        List<Channel> channels = NotifyReader.read(f, components);
        LocalDate since = date(f, "since", "\"since\"");
        return new SiteDraft(title, baseUrl, language.trim(), zone, description, supportUrl, components, policy, channels, since, roles(f),
                new Where(f.file(), f.selfSpan(), f.spans()));
    }

    private static List<SiteDraft.ComponentDraft> components(Fields f) {
        List<YNode> items = f.list("components", true);
        List<SiteDraft.ComponentDraft> out = new ArrayList<>();
        if (items == null) {
            return out;
        }
        Map<String, Pos> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            YNode item = items.get(i);
            Fields c = f.child(item, "component " + (i + 1));
            if (!(item instanceof YMap)) {
                c.report(item.pos(), Rule.INVALID_VALUE, "component " + (i + 1) + " must be a mapping with id and name, not " + item.kind());
                continue;
            }
            c.rejectUnknownKeys(COMPONENT_KEYS, "a component");
            String id = c.text("id", true);
            String name = c.text("name", true);
            if (id != null) {
                id = id.trim();
                if (!COMPONENT_ID.matcher(id).matches()) {
                    c.report(c.valuePos("id"), Rule.INVALID_VALUE, "component id \"" + id
                            + "\" may only hold lower-case letters, digits and '-', e.g. answers-api");
                } else {
                    Pos first = seen.putIfAbsent(id, c.valuePos("id"));
                    if (first != null) {
                        c.report(c.valuePos("id"), Rule.DUPLICATE_ID, "component id \"" + id
                                + "\" is already used at line " + first.line() + "; give each component its own id");
                    }
                }
            }
            out.add(new SiteDraft.ComponentDraft(id, name, trimOrNull(c.text("group", false)), trimOrNull(c.text("description", false)),
                    date(c, "since", "\"since\" of component " + (i + 1)), new herald.diag.Where(f.file(), c.selfSpan(), c.spans())));
        }
        return out;
    }

    private static Policy policy(Fields f) {
        Fields p = f.map("policy", false, "policy");
        if (p == null) {
            return Policy.DEFAULT;
        }
        p.rejectUnknownKeys(POLICY_KEYS, "policy");
        Policy d = Policy.DEFAULT;
        return new Policy(
                p.duration("firstUpdateWithin", d.firstUpdateWithin()),
                p.duration("activeCadence", d.activeCadence()),
                p.duration("stableCadence", d.stableCadence()),
                p.duration("checkpointGrace", d.checkpointGrace()),
                p.positiveInt("bannerMaxChars", d.bannerMaxChars(), 10_000),
                p.duration("postmortemWithin", d.postmortemWithin()),
                p.positiveInt("historyDays", d.historyDays(), 3660),
                p.duration("publishTolerance", d.publishTolerance()),
                p.has("publishCheckFrom") ? java.util.Optional.ofNullable(p.timestamp("publishCheckFrom", false)).map(java.time.OffsetDateTime::toInstant).orElse(null) : null,
                p.textList("internalTerms", false));
    }

    /** The default roles a new incident records (internal.roles): {incidentLead: …, commsLead: …, supportLead: …, sreOnCall: …}. */
    private static Map<String, String> roles(Fields f) {
        Fields r = f.map("roles", false, "roles");
        if (r == null) {
            return Map.of();
        }
        r.rejectUnknownKeys(Set.copyOf(Roles.KEYS), "roles");
        Map<String, String> out = new HashMap<>();
        for (String key : Roles.KEYS) {
            String who = trimOrNull(r.text(key, false));
            if (who != null) {
                out.put(key, who);
            }
        }
        return out;
    }

    /**
     * A calendar day written YYYY-MM-DD, the first day with data (bars before it read "no data"):
     * null when absent, or wrong (with a finding at the value).
     */
    private static LocalDate date(Fields f, String key, String what) {
        String t = trimOrNull(f.text(key, false));
        if (t == null) {
            return null;
        }
        if (DATE.matcher(t).matches()) {
            try {
                LocalDate d = LocalDate.parse(t);
                if (d.getYear() >= 1970 && d.getYear() <= 9998) {
                    return d;
                }
            } catch (DateTimeException notADay) {
                f.report(f.valuePos(key), Rule.INVALID_VALUE, what + " is \"" + t + "\", not a day of the calendar; "
                        + "write the first day with data as YYYY-MM-DD, e.g. 2026-01-15");
                return null;
            }
        }
        f.report(f.valuePos(key), Rule.INVALID_VALUE, what + " is \"" + t + "\", not a date; write the first day with data "
                + "as YYYY-MM-DD (a day in the site's time zone, from 1970), e.g. 2026-01-15");
        return null;
    }

    static String trimOrNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A stand-in when site.yaml cannot be read as YAML or is not a mapping: lint carries on with the policy defaults. */
    static SiteDraft unreadable(String file) {
        return new SiteDraft(null, null, "en", ZoneOffset.UTC, null, null, List.of(), Policy.DEFAULT, List.of(), null, Map.of(), Where.of(file, Pos.START));
    }

    static boolean isMapping(YNode n) {
        return n instanceof YMap;
    }
}
