package herald.wording;

import herald.diag.Rule;
import herald.lint.Wording;
import herald.lint.Wording.Hit;
import herald.lint.Wording.Tense;
import java.util.List;

/**
 * The current wording checks (herald.lint.Wording, before issue 15), for the evaluation's
 * before/after numbers only. The one place this package touches another herald package, in test
 * scope: when issue 13 moves the class, change or delete this file.
 */
final class LegacyWording {
    private LegacyWording() {
    }

    static List<String> hits(String body, boolean closed, Rule rule) {
        return Wording.check(body, closed ? Tense.RETROSPECTIVE : Tense.LIVE, true).stream()
                .filter(h -> h.rule() == rule).map(Hit::words).toList();
    }

    static List<String> internal(String body, boolean closed) {
        return hits(body, closed, Rule.WORDING_INTERNAL);
    }

    static List<String> eta(String body, boolean closed) {
        return hits(body, closed, Rule.WORDING_ETA);
    }

    static List<String> placeholders(String body) {
        return hits(body, false, Rule.UNFILLED_PLACEHOLDER);
    }
}
