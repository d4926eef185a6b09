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
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/** The edits of a maintenance file: schedule a window, append an update. */
record MaintenanceEdits(Author a) {
    Author.Result newMaintenance(Author.NewMaintenance spec) throws Author.Refused, IOException {
        Site site = a.site();
        OffsetDateTime at = a.at(spec.at());
        String names = a.componentNames(site, spec.components());
        String effect = spec.effect() != null ? spec.effect() : "brief interruptions are possible";
        Map<String, String> values = new LinkedHashMap<>();
        values.put("components", names);
        values.put("effect", MessageTemplates.midSentence(effect));
        values.put("date", Author.DAY.format(spec.start()));
        values.put("start", Author.HHMM.format(spec.start()));
        values.put("end", Author.HHMM.format(spec.end()));
        NewEntryText text = new NewEntryText(spec.title()).components(spec.components())
                .key("scheduled", "{start: " + Author.time(spec.start()) + ", end: " + Author.time(spec.end()) + "}")
                .key("banner", YamlText.scalar(a.templates.fill("maintenance-banner", values)))
                .firstUpdate(at, UpdateStatus.SCHEDULED, spec.owner() != null ? spec.owner() : "SRE on call",
                        spec.scope() != null ? spec.scope() : names, effect)
                .body(YamlText.wrap(a.templates.fill("maintenance-scheduled", values), 88));
        Path file = a.freshFile("maintenance", spec.start().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString(), spec.title());
        return a.create(file, text.close(), null);
    }

    Author.Result maintenanceUpdate(String idOrPath, UpdateStatus status, String body, OffsetDateTime atGiven) throws Author.Refused, IOException {
        Path file = a.find(idOrPath, false);
        return a.write(file, true, original -> {
            Maintenance m = (Maintenance) a.current(file, original);
            Update last = m.latestUpdate();
            String text = body; // the author's own text is kept as written (lists, line breaks), as update keeps it
            if (text == null) {
                text = YamlText.wrap(a.templates.fill(switch (status) {
                    case IN_PROGRESS -> "maintenance-started";
                    case VERIFYING -> "maintenance-verifying";
                    case COMPLETED -> "maintenance-completed";
                    case CANCELLED -> "maintenance-cancelled";
                    default -> throw new Author.Refused("a maintenance update is in-progress, verifying, completed or cancelled");
                }, Map.of()), 88);
            }
            List<String[]> fields = new ArrayList<>();
            fields.add(new String[] {"at", Author.time(a.at(atGiven))});
            fields.add(new String[] {"status", status.id()});
            // an imported window's updates may have no owner, scope or effect
            fields.add(new String[] {"owner", YamlText.scalar(Objects.requireNonNullElse(last.owner(), "SRE on call"))});
            fields.add(new String[] {"scope", YamlText.scalar(Objects.requireNonNullElse(last.scope(), "all affected users"))});
            fields.add(new String[] {"effect", YamlText.scalar(status.closes() || last.effect() == null ? "None" : last.effect())});
            fields.add(new String[] {"body", text});
            return EntryText.parse(original).withUpdate(fields).text();
        }, IncidentEdits.idOf(file), null);
    }
}
