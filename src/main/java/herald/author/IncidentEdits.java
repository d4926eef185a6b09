package herald.author;

import herald.yaml.YamlText;
import herald.author.EntryText.NotAppendable;
import herald.content.ContentLoader;
import herald.diag.DisplayPath;
import herald.content.LoadFailure;
import herald.content.Loaded;
import herald.diag.Diagnostic;
import herald.diag.Work;
import herald.diag.Level;
import herald.diag.Suggestions;
import herald.pipeline.Pipeline;
import herald.pipeline.PipelineOptions;
import herald.pipeline.PipelineResult;
import herald.model.Component;
import herald.model.DurationText;
import herald.model.Entry;
import herald.model.Incident;
import herald.model.Maintenance;
import herald.model.Policy;
import herald.model.PublicState;
import herald.model.Severity;
import herald.model.Site;
import herald.model.Update;
import herald.model.UpdateStatus;
import herald.model.TimeFormats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/** The edits of an incident file: open it, append an update, resolve it, link its postmortem. */
record IncidentEdits(Author a) {
    Author.Result newIncident(Author.NewIncident spec) throws Author.Refused, IOException {
        Site site = a.site();
        OffsetDateTime at = a.at(spec.at());
        OffsetDateTime triggered = spec.triggered() != null ? spec.triggered() : at;
        Policy policy = site.policy();
        Duration step = defaultStep(policy, UpdateStatus.INVESTIGATING);
        OffsetDateTime next = at.plus(step);
        String names = a.componentNames(site, spec.components());
        PublicState state = spec.severity().defaultState();
        String effect = spec.effect() != null ? spec.effect() : Author.effectFor(spec.severity());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("components", names);
        values.put("effect", MessageTemplates.midSentence(effect));
        values.put("minutes", Long.toString(step.toMinutes()));
        AuthoredText.checkpoint(values, site, next);
        String body = spec.body() != null ? spec.body() : YamlText.wrap(a.templates.fill("initial", state, values), 88);
        NewEntryText text = new NewEntryText(spec.title())
                .key("severity", spec.severity().name())
                .components(spec.components())
                .key("triggered", Author.time(triggered));
        if (spec.banner() != null) {
            text.key("banner", YamlText.scalar(spec.banner().strip()));
        } else if (spec.severity().breaksUsers()) {
            text.key("banner", YamlText.scalar(a.templates.fill("banner", state, values)));
        }
        text.firstUpdate(at, UpdateStatus.INVESTIGATING, spec.owner() != null ? spec.owner() : "Comms lead",
                spec.scope() != null ? spec.scope() : names, effect).updateKey("next", Author.time(next));
        if (spec.waiver() != null) {
            text.updateKey("waiver", YamlText.scalar(spec.waiver()));
        }
        text.body(body);
        // only the roles someone named: an empty scaffold would only make every later command warn
        Map<String, String> roles = herald.model.Roles.merge(spec.roles(), site.roles());
        if (!roles.isEmpty()) {
            text.raw("internal:\n  roles: " + AuthoredText.rolesFlow(roles) + "\n");
        }
        Path file = a.freshFile("incidents", triggered.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString(), spec.title());
        return a.create(file, text.close(), next.toInstant());
    }

    /**
     * The next checkpoint an update of this status promises by default: the policy's cadence for it
     * (policy.cadenceAfter), and while the incident is active no later than the standard wording's
     * 15 minutes.
     */
    private static Duration defaultStep(Policy policy, UpdateStatus status) throws Author.Refused {
        Policy.Cadence cadence = policy.cadenceAfter(status);
        if (cadence == null) {
            throw new Author.Refused("an incident update is investigating, identified or monitoring, not " + status.id());
        }
        return status == UpdateStatus.MONITORING || cadence.limit().compareTo(Author.STANDARD_CHECKPOINT) < 0 ? cadence.limit() : Author.STANDARD_CHECKPOINT;
    }

    static String idOf(Path file) {
        String n = file.getFileName().toString();
        return n.substring(0, n.length() - 3);
    }

    private static final java.util.regex.Pattern TIME_OF_DAY = java.util.regex.Pattern.compile("(\\d{1,2}):(\\d{2})");

    /**
     * The next checkpoint: a duration after {@code at}, a time of day in UTC (the first such time
     * after {@code at}, so 00:10 written at 23:55 is the next day), or a timestamp.
     */
    static OffsetDateTime nextFrom(String next, OffsetDateTime at, Duration fallback) throws Author.Refused {
        if (next == null) {
            return at.plus(fallback);
        }
        Optional<Duration> d = DurationText.parse(next);
        if (d.isPresent()) {
            return at.plus(d.get());
        }
        java.util.regex.Matcher clock = TIME_OF_DAY.matcher(next.trim());
        if (clock.matches()) {
            int hour = Integer.parseInt(clock.group(1));
            int minute = Integer.parseInt(clock.group(2));
            if (hour > 23 || minute > 59) {
                throw new Author.Refused("--next \"" + next + "\" is not a time of day: write HH:MM from 00:00 to 23:59 (UTC)");
            }
            OffsetDateTime from = at.withOffsetSameInstant(ZoneOffset.UTC);
            OffsetDateTime same = from.withHour(hour).withMinute(minute).withSecond(0).withNano(0);
            return same.isAfter(from) ? same : same.plusDays(1);
        }
        herald.content.Timestamps.Reading r = herald.content.Timestamps.read(next.trim());
        if (r.value() != null) {
            return r.value();
        }
        throw new Author.Refused("--next " + (r.outOfRange() ? "is " + r.problem()
                : "\"" + next + "\" is neither a duration (15m, 1h), a time of day (14:40 UTC) nor a timestamp with an offset"));
    }

    Author.Result update(String idOrPath, Author.IncidentUpdate spec) throws Author.Refused, IOException {
        if (spec.status() == UpdateStatus.RESOLVED) {
            throw new Author.Refused("use herald resolve " + idOrPath + " --cause \"…\" to resolve: it also records the cause");
        }
        if (spec.status() == UpdateStatus.POSTMORTEM) {
            throw new Author.Refused("use herald postmortem " + idOrPath + " URL: it also records the link");
        }
        Path file = a.find(idOrPath, true);
        Site site = a.site();
        Instant[] next = new Instant[1];
        return a.write(file, true, original -> {
            Incident incident = (Incident) a.current(file, original);
            Update last = incident.latestUpdate();
            OffsetDateTime at = a.at(spec.at());
            OffsetDateTime nextAt = nextFrom(spec.next(), at, defaultStep(site.policy(), spec.status()));
            next[0] = nextAt.toInstant();
            String effect = spec.effect() != null ? spec.effect() : last.effect();
            String body = spec.body();
            if (body == null) {
                String name = spec.template() != null ? spec.template() : switch (spec.status()) {
                    case IDENTIFIED -> "identified";
                    case MONITORING -> "monitoring";
                    default -> "ongoing";
                };
                Map<String, String> values = new LinkedHashMap<>();
                values.put("components", a.componentNames(site, incident.components()));
                values.put("effect", effect == null ? null : MessageTemplates.midSentence(effect));
                AuthoredText.checkpoint(values, site, nextAt);
                body = YamlText.wrap(a.templates.fill(name, values), 88);
            }
            EntryText text = EntryText.parse(original);
            if (spec.banner() != null) {
                text = text.withTopLevelSet("banner", YamlText.scalar(spec.banner().strip()));
            }
            List<String[]> fields = new ArrayList<>();
            fields.add(new String[] {"at", Author.time(at)});
            fields.add(new String[] {"status", spec.status().id()});
            fields.add(new String[] {"owner", YamlText.scalar(spec.owner() != null ? spec.owner() : nonNull(last.owner(), "Comms lead"))});
            fields.add(new String[] {"scope", YamlText.scalar(spec.scope() != null ? spec.scope() : nonNull(last.scope(), a.componentNames(site, incident.components())))});
            fields.add(new String[] {"effect", YamlText.scalar(nonNull(effect, "unchanged"))});
            fields.add(new String[] {"next", Author.time(nextAt)});
            if (spec.waiver() != null) {
                fields.add(new String[] {"waiver", YamlText.scalar(spec.waiver())});
            }
            fields.add(new String[] {"body", body});
            return text.withUpdate(fields).text();
        }, idOf(file), null).withNext(next[0]);
    }

    private static String nonNull(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }

    Author.Result resolve(String idOrPath, Author.Resolution spec) throws Author.Refused, IOException {
        Path file = a.find(idOrPath, true);
        Site site = a.site();
        return a.write(file, true, original -> {
            Incident incident = (Incident) a.current(file, original);
            if (incident.isResolved()) {
                throw new Author.Refused(incident.id() + " is already resolved; add a postmortem with herald postmortem " + incident.id() + " URL");
            }
            Update last = incident.latestUpdate();
            EntryText text = EntryText.parse(original);
            if (spec.cause() != null) {
                text = text.withTopLevel("cause", YamlText.scalar(spec.cause().strip()));
            } else if (incident.cause() == null) {
                throw new Author.Refused("a resolved incident needs a short public cause: add --cause \"…\"");
            }
            if (spec.postmortem() != null) {
                text = text.withTopLevel("postmortem", spec.postmortem().strip());
            }
            String body = spec.body();
            if (body == null) {
                body = YamlText.wrap(a.templates.fill("resolved", Map.of("components", a.componentNames(site, incident.components()))), 88);
            }
            List<String[]> fields = new ArrayList<>();
            fields.add(new String[] {"at", Author.time(a.at(spec.at()))});
            fields.add(new String[] {"status", "resolved"});
            fields.add(new String[] {"owner", YamlText.scalar(spec.owner() != null ? spec.owner() : nonNull(last.owner(), "Comms lead"))});
            fields.add(new String[] {"scope", YamlText.scalar(spec.scope() != null ? spec.scope() : nonNull(last.scope(), a.componentNames(site, incident.components())))});
            if (spec.effect() != null) { // else no effect: the update says it is resolved, and no page shows "Effect None"
                fields.add(new String[] {"effect", YamlText.scalar(spec.effect())});
            }
            fields.add(new String[] {"body", body});
            return text.withUpdate(fields).text();
        }, idOf(file), null);
    }

    Author.Result postmortem(String idOrPath, String url, OffsetDateTime atGiven) throws Author.Refused, IOException {
        Path file = a.find(idOrPath, true);
        Site site = a.site();
        return a.write(file, true, original -> {
            Incident incident = (Incident) a.current(file, original);
            if (!incident.isResolved()) {
                throw new Author.Refused(incident.id() + " is not resolved yet: resolve it first (herald resolve " + incident.id() + " --cause \"…\")");
            }
            Update last = incident.latestUpdate();
            EntryText text = EntryText.parse(original);
            String existing = text.topLevelValue("postmortem");
            if (existing == null || existing.isEmpty()) {
                text = text.withTopLevel("postmortem", url.strip());
            } else if (!existing.equals(url.strip())) {
                throw new Author.Refused("the incident already links " + existing + "; change it by hand if the link moved");
            }
            String within = humanDuration(site.policy().postmortemWithin());
            String body = YamlText.wrap(a.templates.fill("postmortem", Map.of("postmortemWithin", within)), 88);
            List<String[]> fields = new ArrayList<>();
            fields.add(new String[] {"at", Author.time(a.at(atGiven))});
            fields.add(new String[] {"status", "postmortem"});
            fields.add(new String[] {"owner", YamlText.scalar("Incident lead")});
            fields.add(new String[] {"scope", YamlText.scalar(nonNull(last.scope(), "all affected users"))});
            fields.add(new String[] {"body", body});
            return text.withUpdate(fields).text();
        }, idOf(file), null);
    }

    static String humanDuration(Duration d) {
        long hours = d.toHours();
        if (d.toMinutes() % 60 == 0 && hours > 0) {
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return d.toMinutes() + " minutes";
    }
}
