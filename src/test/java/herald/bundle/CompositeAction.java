package herald.bundle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import herald.bundle.Bundle.Result;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs this repository's action.yml as GitHub's runner runs a composite action, for the tests: its
 * run steps in order through the shell they name, their env expressions resolved, GITHUB_OUTPUT and
 * GITHUB_PATH honoured, its if: conditions evaluated. The actions it uses (setup-java, cache) are
 * recorded when their condition holds, not run: Java is on the runner and the cache starts empty.
 */
final class CompositeAction {
    /** This repository: action.yml at its root, ci/install.sh beside it. */
    static final Path REPOSITORY = Path.of("").toAbsolutePath();
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*([^}]+?)\\s*}}");

    /** What one run of the action did. */
    record Run(int code, String output, List<String> used, List<String> path, Map<String, String> outputs) {
    }

    private final Bundle bundle;
    private final Path actionDir;
    private final Map<String, String> context = new LinkedHashMap<>();

    /** {@code actionDir}: where the runner checked the action out; {@code github}: the github and runner context values it reads. */
    CompositeAction(Bundle bundle, Path actionDir, Map<String, String> github) {
        this.bundle = bundle;
        this.actionDir = actionDir;
        context.putAll(github);
    }

    Run run(Path workspace, Map<String, String> inputs, Map<String, String> env) throws IOException {
        JsonNode action = new YAMLMapper().readTree(actionDir.resolve("action.yml").toFile());
        action.get("inputs").fields().forEachRemaining(e -> context.put("inputs." + e.getKey(),
                inputs.getOrDefault(e.getKey(), e.getValue().path("default").asText(""))));
        Path githubPath = Files.createTempFile(workspace.getParent(), "github-path", ".txt");
        List<String> used = new ArrayList<>();
        StringBuilder output = new StringBuilder();
        for (JsonNode step : action.at("/runs/steps")) {
            if (step.has("if") && !condition(step.get("if").asText())) {
                continue;
            }
            if (step.has("uses")) {
                used.add(step.get("uses").asText());
                continue;
            }
            Path outputs = Files.createTempFile(workspace.getParent(), "github-output", ".txt");
            Map<String, String> stepEnv = new LinkedHashMap<>(env);
            List<String> added = new ArrayList<>(Files.readAllLines(githubPath));
            java.util.Collections.reverse(added);
            added.add(env.get("PATH"));
            stepEnv.put("PATH", String.join(File.pathSeparator, added));
            stepEnv.put("GITHUB_OUTPUT", outputs.toString());
            stepEnv.put("GITHUB_PATH", githubPath.toString());
            stepEnv.put("GITHUB_ACTION_PATH", actionDir.toString());
            step.path("env").fields().forEachRemaining(e -> stepEnv.put(e.getKey(), resolve(e.getValue().asText())));
            String script = step.get("run").asText();
            assertTrue(!script.contains("${{"), "expressions go through env:, never into run: " + script);
            Path file = Files.createTempFile(workspace.getParent(), "step", ".sh");
            Files.writeString(file, script);
            // GitHub runs shell: sh as "sh -e {0}" and shell: bash as "bash --noprofile --norc -eo pipefail {0}"
            String shell = step.get("shell").asText();
            List<String> command = shell.equals("bash")
                    ? List.of(bundle.tools.resolve("bash").toString(), "--noprofile", "--norc", "-eo", "pipefail", file.toString())
                    : List.of(bundle.tools.resolve("sh").toString(), "-e", file.toString());
            Result r = Bundle.run(workspace, stepEnv, command, Duration.ofMinutes(3));
            output.append(r.out()).append(r.err());
            if (r.code() != 0) {
                return new Run(r.code(), output.toString(), used, Files.readAllLines(githubPath), outputs());
            }
            String id = step.path("id").asText("");
            for (String line : Files.readAllLines(outputs)) {
                int eq = line.indexOf('=');
                if (!id.isEmpty() && eq > 0) {
                    context.put("steps." + id + ".outputs." + line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        return new Run(0, output.toString(), used, Files.readAllLines(githubPath), outputs());
    }

    private Map<String, String> outputs() throws IOException {
        JsonNode action = new YAMLMapper().readTree(actionDir.resolve("action.yml").toFile());
        Map<String, String> out = new LinkedHashMap<>();
        action.get("outputs").fields().forEachRemaining(e -> out.put(e.getKey(), resolve(e.getValue().get("value").asText())));
        return out;
    }

    /** ${{ name }} replaced by the context's value; a name the test does not know fails it. */
    String resolve(String text) {
        Matcher m = EXPRESSION.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(value(m.group(1))));
        }
        return m.appendTail(sb).toString();
    }

    private String value(String name) {
        if (name.startsWith("steps.")) {
            return context.getOrDefault(name, "");
        }
        String v = context.get(name);
        assertTrue(v != null, "the action reads " + name + ", unknown to this test");
        return v;
    }

    /** The two forms the action's if: conditions take: NAME != 'text' and NAME == 'text'. */
    boolean condition(String expression) {
        Matcher m = Pattern.compile("(\\S+) (!=|==) '([^']*)'").matcher(expression.strip());
        assertTrue(m.matches(), "an if: condition this test cannot evaluate: " + expression);
        boolean equal = value(m.group(1)).equals(m.group(3));
        return m.group(2).equals("==") == equal;
    }
}
