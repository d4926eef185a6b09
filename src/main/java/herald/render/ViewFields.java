package herald.render;

import herald.derive.View;

/**
 * The fields of the view records, by the names templates use, read by plain calls. FreeMarker's
 * default wrapper reads a record through reflection, and from the 128th call of an accessor the
 * JDK generates a class for it: 48 classes per build at 100 incidents, their generation and its
 * compilation about a tenth of a small build's CPU. {@code ViewFieldsTest} checks this table
 * against every component of every view record, so a field added to a record and not here fails it.
 */
final class ViewFields {
    /** What {@link #get} returns for a name that is not a field of the record (or a value that is not a view record). */
    static final Object NONE = new Object();

    private ViewFields() {
    }

    /** The field {@code key} of the view record {@code view}, or {@link #NONE}. */
    static Object get(Object view, String key) {
        if (view instanceof View.Time v) {
            return time(v, key);
        }
        if (view instanceof View.State v) {
            return state(v, key);
        }
        if (view instanceof View.Update v) {
            return update(v, key);
        }
        if (view instanceof View.EntrySummary v) {
            return entrySummary(v, key);
        }
        if (view instanceof View.ComponentLink v) {
            return componentLink(v, key);
        }
        if (view instanceof View.Bar v) {
            return bar(v, key);
        }
        if (view instanceof View.ComponentRow v) {
            return componentRow(v, key);
        }
        if (view instanceof View.Meta v) {
            return meta(v, key);
        }
        if (view instanceof View.Group v) {
            return group(v, key);
        }
        if (view instanceof View.MonthLink v) {
            return monthLink(v, key);
        }
        if (view instanceof View.YearGroup v) {
            return yearGroup(v, key);
        }
        if (view instanceof View.Index v) {
            return index(v, key);
        }
        if (view instanceof View.IncidentPage v) {
            return incidentPage(v, key);
        }
        if (view instanceof View.MaintenancePage v) {
            return maintenancePage(v, key);
        }
        if (view instanceof View.HistoryPage v) {
            return historyPage(v, key);
        }
        if (view instanceof View.ComponentPage v) {
            return componentPage(v, key);
        }
        if (view instanceof View.NotFound v) {
            return notFound(v, key);
        }
        return NONE;
    }

    private static Object time(View.Time v, String key) {
        return switch (key) {
            case "iso" -> v.iso();
            case "display" -> v.display();
            case "utc" -> v.utc();
            case "utcBeside" -> v.utcBeside();
            default -> NONE;
        };
    }

    private static Object state(View.State v, String key) {
        return switch (key) {
            case "id" -> v.id();
            case "label" -> v.label();
            case "cssClass" -> v.cssClass();
            default -> NONE;
        };
    }

    private static Object update(View.Update v, String key) {
        return switch (key) {
            case "statusLabel" -> v.statusLabel();
            case "statusClass" -> v.statusClass();
            case "time" -> v.time();
            case "scope" -> v.scope();
            case "effect" -> v.effect();
            case "next" -> v.next();
            case "nextLabel" -> v.nextLabel();
            case "nextDue" -> v.nextDue();
            case "bodyHtml" -> v.bodyHtml();
            case "anchor" -> v.anchor();
            default -> NONE;
        };
    }

    private static Object entrySummary(View.EntrySummary v, String key) {
        return switch (key) {
            case "id" -> v.id();
            case "kind" -> v.kind();
            case "kindLabel" -> v.kindLabel();
            case "title" -> v.title();
            case "url" -> v.url();
            case "href" -> v.href();
            case "state" -> v.state();
            case "started" -> v.started();
            case "durationDisplay" -> v.durationDisplay();
            case "statusLabel" -> v.statusLabel();
            case "open" -> v.open();
            case "latest" -> v.latest();
            case "components" -> v.components();
            case "windowDisplay" -> v.windowDisplay();
            case "showState" -> v.showState();
            case "impactNote" -> v.impactNote();
            case "importedNote" -> v.importedNote();
            default -> NONE;
        };
    }

    private static Object componentLink(View.ComponentLink v, String key) {
        return switch (key) {
            case "id" -> v.id();
            case "name" -> v.name();
            case "url" -> v.url();
            case "href" -> v.href();
            default -> NONE;
        };
    }

    private static Object bar(View.Bar v, String key) {
        return switch (key) {
            case "cssClass" -> v.cssClass();
            case "label" -> v.label();
            case "dateDisplay" -> v.dateDisplay();
            case "stateLabel" -> v.stateLabel();
            case "events" -> v.events();
            case "focusable" -> v.focusable();
            default -> NONE;
        };
    }

    private static Object componentRow(View.ComponentRow v, String key) {
        return switch (key) {
            case "id" -> v.id();
            case "name" -> v.name();
            case "description" -> v.description();
            case "url" -> v.url();
            case "href" -> v.href();
            case "state" -> v.state();
            case "bars" -> v.bars();
            case "uptimeDisplay" -> v.uptimeDisplay();
            case "barsLabel" -> v.barsLabel();
            default -> NONE;
        };
    }

    private static Object meta(View.Meta v, String key) {
        return switch (key) {
            case "siteTitle" -> v.siteTitle();
            case "pageTitle" -> v.pageTitle();
            case "description" -> v.description();
            case "lang" -> v.lang();
            case "root" -> v.root();
            case "canonicalUrl" -> v.canonicalUrl();
            case "rssUrl" -> v.rssUrl();
            case "atomUrl" -> v.atomUrl();
            case "feedTitle" -> v.feedTitle();
            case "supportUrl" -> v.supportUrl();
            case "asOf" -> v.asOf();
            case "asOfIso" -> v.asOfIso();
            case "calendarUrl" -> v.calendarUrl();
            case "homeHref" -> v.homeHref();
            case "historyHref" -> v.historyHref();
            case "faviconSvgHref" -> v.faviconSvgHref();
            case "faviconIcoHref" -> v.faviconIcoHref();
            default -> NONE;
        };
    }

    private static Object group(View.Group v, String key) {
        return switch (key) {
            case "name" -> v.name();
            case "components" -> v.components();
            default -> NONE;
        };
    }

    private static Object monthLink(View.MonthLink v, String key) {
        return switch (key) {
            case "month" -> v.month();
            case "label" -> v.label();
            case "url" -> v.url();
            case "href" -> v.href();
            case "count" -> v.count();
            case "current" -> v.current();
            default -> NONE;
        };
    }

    private static Object yearGroup(View.YearGroup v, String key) {
        return switch (key) {
            case "year" -> v.year();
            case "label" -> v.label();
            case "anchor" -> v.anchor();
            case "count" -> v.count();
            case "months" -> v.months();
            default -> NONE;
        };
    }

    private static Object index(View.Index v, String key) {
        return switch (key) {
            case "meta" -> v.meta();
            case "overall" -> v.overall();
            case "overallText" -> v.overallText();
            case "groups" -> v.groups();
            case "active" -> v.active();
            case "inProgress" -> v.inProgress();
            case "upcoming" -> v.upcoming();
            case "recent" -> v.recent();
            case "uptimeExplanation" -> v.uptimeExplanation();
            case "historyDays" -> v.historyDays();
            case "firstDay" -> v.firstDay();
            case "lastDay" -> v.lastDay();
            default -> NONE;
        };
    }

    private static Object incidentPage(View.IncidentPage v, String key) {
        return switch (key) {
            case "meta" -> v.meta();
            case "entry" -> v.entry();
            case "resolvedAt" -> v.resolvedAt();
            case "cause" -> v.cause();
            case "postmortemUrl" -> v.postmortemUrl();
            case "summaryHtml" -> v.summaryHtml();
            case "updates" -> v.updates();
            case "stateReason" -> v.stateReason();
            default -> NONE;
        };
    }

    private static Object maintenancePage(View.MaintenancePage v, String key) {
        return switch (key) {
            case "meta" -> v.meta();
            case "entry" -> v.entry();
            case "start" -> v.start();
            case "end" -> v.end();
            case "summaryHtml" -> v.summaryHtml();
            case "updates" -> v.updates();
            default -> NONE;
        };
    }

    private static Object historyPage(View.HistoryPage v, String key) {
        return switch (key) {
            case "meta" -> v.meta();
            case "monthLabel" -> v.monthLabel();
            case "years" -> v.years();
            case "entries" -> v.entries();
            default -> NONE;
        };
    }

    private static Object componentPage(View.ComponentPage v, String key) {
        return switch (key) {
            case "meta" -> v.meta();
            case "component" -> v.component();
            case "entries" -> v.entries();
            case "uptimeExplanation" -> v.uptimeExplanation();
            case "historyDays" -> v.historyDays();
            default -> NONE;
        };
    }

    private static Object notFound(View.NotFound v, String key) {
        return switch (key) {
            case "meta" -> v.meta();
            case "homeUrl" -> v.homeUrl();
            default -> NONE;
        };
    }
}
