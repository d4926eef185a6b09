package herald.derive;

import java.util.List;

/**
 * The display-ready view records that templates lay out. Every value is final text: labels,
 * CSS classes, formatted times, sanitized HTML (only fields named {@code *Html} are HTML).
 * Links are relative to the site root (pages prefix them with {@code root}): {@code href} is the
 * page file to link to, {@code url} its folder (the address it is published at); templates never
 * build a link themselves.
 */
public final class View {
    private View() {
    }

    /**
     * What every page's head and chrome need. {@code asOf} is the build time, except on the page
     * of an entry that is over and on a history month whose entries all are: there it is the
     * newest update shown (on a month, at least the newest start in history, which its month
     * links count), so such a page keeps its bytes from one build to the next.
     */
    public record Meta(String siteTitle, String pageTitle, String description, String lang, String root,
            String canonicalUrl, String rssUrl, String atomUrl, String feedTitle, String supportUrl,
            String asOf, String asOfIso, String calendarUrl, String homeHref, String historyHref, String faviconSvgHref,
            String faviconIcoHref) {
    }

    public record State(String id, String label, String cssClass) {
    }

    /**
     * A moment: ISO UTC for {@code datetime}, the site-zone text users read, UTC for a tooltip, and
     * {@code utcBeside}, the UTC clock shown beside the local one ("13:39 UTC"), null on a UTC site.
     */
    public record Time(String iso, String display, String utc, String utcBeside) {
    }

    /**
     * One update of a timeline. {@code scope} and {@code effect} are null where the timeline does not
     * repeat them (unchanged since the update before; no "None" on a closing update). {@code next}
     * is the promised checkpoint of the latest update; {@code nextDue} when it has passed (with the
     * grace) at build time, and {@code nextLabel} says which: "Next update by" or "Update due since".
     */
    public record Update(String statusLabel, String statusClass, Time time, String scope, String effect,
            Time next, String nextLabel, boolean nextDue, String bodyHtml, String anchor) {
    }

    public record ComponentLink(String id, String name, String url, String href) {
    }

    /**
     * An incident or maintenance window in a list. {@code showState}: an open incident shows its
     * state label; {@code impactNote}: a closed incident says what its impact was; {@code importedNote}: "Imported from
     * Statuspage" on an entry brought in from another status page, else null.
     */
    public record EntrySummary(String id, String kind, String kindLabel, String title, String url, String href, State state,
            Time started, String durationDisplay, String statusLabel, boolean open, Update latest,
            List<ComponentLink> components, String windowDisplay, boolean showState, String impactNote, String importedNote) {
    }

    /** One day bar: its class, accessible name, and the tooltip lines for days with events. */
    public record Bar(String cssClass, String label, String dateDisplay, String stateLabel, List<String> events, boolean focusable) {
    }

    public record ComponentRow(String id, String name, String description, String url, String href, State state,
            List<Bar> bars, String uptimeDisplay, String barsLabel) {
    }

    public record Group(String name, List<ComponentRow> components) {
    }

    public record Index(Meta meta, State overall, String overallText, List<Group> groups, List<EntrySummary> active,
            List<EntrySummary> inProgress, List<EntrySummary> upcoming, List<EntrySummary> recent,
            String uptimeExplanation, int historyDays, String firstDay, String lastDay) {
    }

    public record IncidentPage(Meta meta, EntrySummary entry, Time resolvedAt, String cause, String postmortemUrl,
            String summaryHtml, List<Update> updates, String stateReason) {
    }

    public record MaintenancePage(Meta meta, EntrySummary entry, Time start, Time end, String summaryHtml,
            List<Update> updates) {
    }

    public record MonthLink(String month, String label, String url, String href, int count, boolean current) {
    }

    /** One year of the history's month links, newest first, with its count of entries ("2026 (14)"). */
    public record YearGroup(int year, String label, String anchor, int count, List<MonthLink> months) {
    }

    public record HistoryPage(Meta meta, String monthLabel, List<YearGroup> years, List<EntrySummary> entries) {
    }

    public record ComponentPage(Meta meta, ComponentRow component, List<EntrySummary> entries,
            String uptimeExplanation, int historyDays) {
    }

    public record NotFound(Meta meta, String homeUrl) {
    }
}
