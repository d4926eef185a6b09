package herald.derive;

import herald.model.Component;
import herald.model.PublicState;
import herald.model.SitePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The overall badge and one per component, coloured by state (white text stays readable on each). */
final class BadgeViews {
    private BadgeViews() {
    }

    static List<SiteView.BadgeSpec> badges(Derivation d) {
        List<SiteView.BadgeSpec> out = new ArrayList<>();
        String title = d.siteTitle();
        PublicState overall = d.status.overall();
        out.add(new SiteView.BadgeSpec(SitePaths.badge(""), "status", Display.overallText(overall).toLowerCase(Locale.ROOT),
                Display.badgeColor(overall), title + ": " + Display.overallText(overall)));
        for (Component c : d.site.components()) {
            PublicState s = d.status.components().get(c.id());
            String state = s.label().toLowerCase(Locale.ROOT);
            out.add(new SiteView.BadgeSpec(SitePaths.badge(SitePaths.component(c.id())), c.name(), state, Display.badgeColor(s),
                    title + ": " + c.name() + " is " + state));
        }
        return out;
    }
}
