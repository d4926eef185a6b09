package herald.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.theme.ThemeLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The built-in theme, as it ships in the jar: only sanitized *Html fields skip escaping, and its colours meet WCAG 2.2 AA. */
class ThemeTest {
    private static Map<String, String> templates() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        ThemeLoader.builtIn().forEach((path, bytes) -> {
            if (path.startsWith("templates/")) {
                out.put(path, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        return out;
    }

    @Test
    void onlyFieldsNamedHtmlAreEverPrintedWithoutEscaping() throws IOException {
        Pattern noEsc = Pattern.compile("\\$\\{([^}]*)\\?no_esc\\}");
        List<String> bad = new ArrayList<>();
        int seen = 0;
        for (Map.Entry<String, String> t : templates().entrySet()) {
            Matcher m = noEsc.matcher(t.getValue());
            while (m.find()) {
                seen++;
                if (!m.group(1).matches("[\\w.]+Html")) {
                    bad.add(t.getKey() + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), bad);
        assertTrue(seen >= 3);
    }

    @Test
    void templatesAreHtmlAutoEscaped() throws IOException {
        assertEquals(7, templates().size());
        for (String t : templates().keySet()) {
            assertTrue(t.endsWith(".ftlh"), t + " is not an auto-escaping .ftlh template");
        }
    }

    /** Colour variables of a block: "--name: #rrggbb;". */
    private static Map<String, String> colours(String block) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("--([\\w-]+):\\s*(#[0-9a-fA-F]{6})").matcher(block);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void textAndStateColoursMeetWcagAaInLightAndDarkMode() throws IOException {
        String css = new String(ThemeLoader.builtIn().get("assets/style.css"), StandardCharsets.UTF_8);
        Map<String, String> light = colours(css.substring(css.indexOf(":root {"), css.indexOf("}", css.indexOf(":root {"))));
        int darkStart = css.indexOf(":root {", css.indexOf("prefers-color-scheme: dark"));
        Map<String, String> dark = new LinkedHashMap<>(light);
        dark.putAll(colours(css.substring(darkStart, css.indexOf("}", darkStart))));
        List<String> failures = new ArrayList<>();
        for (Map<String, String> mode : List.of(light, dark)) {
            String bg = mode.get("bg");
            for (String text : List.of("fg", "muted", "link", "operational", "informational", "degraded-performance",
                    "partial-outage", "major-outage", "maintenance")) {
                // state colours are used for text labels, so they need the text ratio, not only 3:1
                double ratio = contrast(mode.get(text), bg);
                if (ratio < 4.5) {
                    failures.add(text + " " + mode.get(text) + " on " + bg + " = " + String.format("%.2f", ratio));
                }
            }
            double muted = contrast(mode.get("muted"), mode.get("panel"));
            if (muted < 4.5) {
                failures.add("muted on panel = " + muted);
            }
        }
        // the overall banner: white text on the light palette, in both modes
        Map<String, String> overall = colours(css.substring(css.indexOf(".overall {"), css.indexOf("}", css.indexOf(".overall {"))));
        for (Map.Entry<String, String> e : overall.entrySet()) {
            double ratio = contrast("#ffffff", e.getValue());
            if (ratio < 4.5) {
                failures.add("white on overall " + e.getKey() + " = " + ratio);
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(6, overall.size());
    }
}
