package herald;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package diagram, enforced on the compiled main classes (read with ArchUnit): every package of
 * herald sits in one layer, a package uses only packages of lower layers (never its own layer's
 * others, never one above), so there is no cycle; and no class of src/main is over 300 lines. A
 * new package has to be placed here first.
 */
class LayersTest {
    /** Bottom first. A package may use the packages of the layers before its own, and nothing else of herald. */
    static final List<List<String>> LAYERS = List.of(
            List.of("diag"),                                  // positions, findings and their formats, work counters
            List.of("model"),                                 // the validated records, states, site paths, time formats
            List.of("yaml", "theme", "history"),              // inputs: positioned YAML, the theme's files, git history
            List.of("announce"),                              // the manifest and notify: formats, delivery to the channels;
                                                              // below the loader (notify:), the API (one id hash) and derive
            List.of("content"),                               // load: files, front matter, drafts, validation
            List.of("wording"),                               // pure text detectors the wording rules call (of herald, only model: the zone names)
            List.of("lint", "markdown"),                      // lint over drafts; Markdown to safe HTML
            List.of("api"),                                   // the Statuspage records
            List.of("derive"),                                // view records of every output
            List.of("render"),                                // FreeMarker, JSON, XML, ICS, SVG
            List.of("write"),                                 // the atomic swap of site/
            List.of("pipeline"),                              // load → lint → derive → render → write
            List.of("serve", "review", "evidence", "author", "init"),
            List.of("importer"),                              // moving in: writes content as the authoring commands do (author.FileEdit)
            List.of("cli"));

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("herald");

    private static String packageOf(JavaClass c) {
        String p = c.getPackageName();
        String rest = p.startsWith("herald.") ? p.substring("herald.".length()) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static int layerOf(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void everyPackageHasItsPlaceInTheDiagram() {
        TreeSet<String> unplaced = new TreeSet<>();
        for (JavaClass c : MAIN) {
            if (layerOf(packageOf(c)) < 0) {
                unplaced.add(c.getPackageName());
            }
        }
        assertEquals(new TreeSet<>(), unplaced, "add these packages to LayersTest.LAYERS");
    }

    @Test
    void packagesUseOnlyLowerLayers() {
        Map<String, TreeSet<String>> wrong = new TreeMap<>();
        for (JavaClass c : MAIN) {
            String from = packageOf(c);
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                if (!target.getPackageName().startsWith("herald.")) {
                    continue;
                }
                String to = packageOf(target);
                if (!to.equals(from) && layerOf(to) >= layerOf(from)) {
                    wrong.computeIfAbsent(from + " -> " + to, k -> new TreeSet<>())
                            .add(c.getSimpleName() + " uses " + target.getSimpleName());
                }
            }
        }
        assertEquals(Map.of(), wrong, "a package may only use packages of lower layers");
    }

    @Test
    void thereIsNoPackageCycle() {
        SlicesRuleDefinition.slices().matching("herald.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void noClassOfTheMainCodeIsOver300Lines() throws IOException {
        List<String> long_ = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(p).size();
                if (lines > 300) {
                    long_.add(p + ": " + lines + " lines");
                }
            }
        }
        assertTrue(long_.isEmpty(), "split along the seams that are there: " + long_);
    }
}
