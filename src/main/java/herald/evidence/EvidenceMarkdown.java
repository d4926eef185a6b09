package herald.evidence;

import herald.evidence.EvidenceLog.Change;
import herald.evidence.EvidenceLog.Commit;
import herald.evidence.EvidenceLog.Finding;
import herald.evidence.EvidenceLog.Log;
import herald.evidence.EvidenceLog.Publication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The evidence log written as Markdown: the incident, its public updates, its changes, the internal record and findings. */
final class EvidenceMarkdown {
    private EvidenceMarkdown() {
    }

    static String write(Log log) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Evidence log: ").append(log.id()).append(" (INTERNAL, do not publish)\n\n");
        sb.append("- Title: ").append(log.title()).append('\n');
        if (log.severity() != null) {
            sb.append("- Severity: ").append(log.severity()).append('\n');
        }
        sb.append("- Components: ").append(String.join(", ", log.components())).append('\n');
        if (log.triggered() != null) {
            sb.append("- Triggered: ").append(log.triggered()).append('\n');
        }
        sb.append("- Resolved: ").append(log.resolved() == null ? "not yet" : log.resolved())
                .append(log.duration() == null ? "" : " (duration " + log.duration() + ")").append('\n');
        sb.append("- Postmortem: ").append(log.postmortem() == null ? "not linked" : log.postmortem()
                + (log.postmortemAdded() == null ? "" : " (linked in " + log.postmortemAdded().shown() + " by "
                + log.postmortemAdded().author() + " at " + log.postmortemAdded().committed() + ")")).append('\n');
        sb.append("- Git: ").append(log.history()).append("\n\n");
        sb.append("## Public updates\n\n| claimed at | status | published in | by | committed | delay | note |\n|---|---|---|---|---|---|---|\n");
        for (Publication p : log.updates()) {
            Commit c = p.publishedIn();
            sb.append("| ").append(p.at()).append(" | ").append(p.status()).append(" | ")
                    .append(c == null ? "-" : c.shown()).append(" | ").append(c == null ? "-" : c.author()).append(" | ")
                    .append(c == null ? "-" : c.committed()).append(" | ").append(p.delay() == null ? "-" : p.delay()).append(" | ")
                    .append(p.note() == null ? "" : p.note()).append(" |\n");
        }
        sb.append("\n## State and severity changes\n\n| commit | by | when | change |\n|---|---|---|---|\n");
        for (Change ch : log.changes()) {
            Commit c = ch.commit();
            sb.append("| ").append(c.shown()).append(" | ").append(c.author() == null ? "-" : c.author()).append(" | ")
                    .append(c.committed() == null ? "-" : c.committed()).append(" | ").append(ch.what()).append(" |\n");
        }
        sb.append("\n## Internal record\n\n");
        if (log.internal() instanceof Map<?, ?> m && !m.isEmpty()) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append("- ").append(e.getKey()).append(": ").append(plain(e.getValue())).append('\n');
            }
        } else {
            sb.append("- (no internal: block)\n");
        }
        sb.append("\n## Lint findings and waivers\n\n");
        if (log.findings().isEmpty()) {
            sb.append("- no findings\n");
        }
        for (Finding f : log.findings()) {
            sb.append("- ").append(f.location()).append(": ").append(f.level()).append(" [").append(f.rule()).append("] ").append(f.message()).append('\n');
        }
        for (String w : log.waivers()) {
            sb.append("- waiver ").append(w).append('\n');
        }
        return sb.toString();
    }

    static String plain(Object v) {
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, x) -> parts.add(k + ": " + plain(x)));
            return "{" + String.join(", ", parts) + "}";
        }
        if (v instanceof List<?> l) {
            return "[" + String.join(", ", l.stream().map(EvidenceMarkdown::plain).toList()) + "]";
        }
        return String.valueOf(v);
    }
}
