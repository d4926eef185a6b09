package herald.diag;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ways `herald lint` prints its findings. */
public enum DiagnosticFormat {
    /** {@code path:line:col: level [rule] message}, then a summary line. */
    TEXT {
        @Override
        public void print(List<Diagnostic> diagnostics, int files, PrintWriter out) {
            for (Diagnostic d : diagnostics) {
                out.println(d.toText());
            }
            out.println(summary(diagnostics, files));
        }
    },
    /** {@code {"diagnostics":[…],"errors":N,"warnings":N}}, for tools. */
    JSON {
        @Override
        public void print(List<Diagnostic> diagnostics, int files, PrintWriter out) {
            List<Map<String, Object>> rows = diagnostics.stream().map(d -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("file", d.file());
                row.put("line", d.line());
                row.put("column", d.column());
                row.put("level", d.level().word());
                row.put("rule", d.rule().id());
                row.put("message", d.message());
                return row;
            }).toList();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("diagnostics", rows);
            doc.put("errors", count(diagnostics, Level.ERROR));
            doc.put("warnings", count(diagnostics, Level.WARNING));
            try {
                out.println(Json.WRITER.writeValueAsString(doc));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },
    /** GitHub Actions workflow commands, so findings annotate the pull request diff. */
    GITHUB {
        @Override
        public void print(List<Diagnostic> diagnostics, int files, PrintWriter out) {
            for (Diagnostic d : diagnostics) {
                out.println("::" + d.level().word()
                        + " file=" + property(d.file())
                        + ",line=" + d.line()
                        + ",col=" + d.column()
                        + ",title=" + property(d.rule().id())
                        + "::" + data(d.message()));
            }
            out.println(summary(diagnostics, files));
        }
    },
    /**
     * A GitLab Code Quality report (a JSON array), so findings show on the merge request. The
     * fingerprint leaves out the line (a finding that only moved is the same finding) and counts
     * repeats of the same finding in a file.
     */
    GITLAB {
        @Override
        public void print(List<Diagnostic> diagnostics, int files, PrintWriter out) {
            Map<String, Integer> seen = new java.util.HashMap<>();
            List<Map<String, Object>> rows = diagnostics.stream().map(d -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("description", "[" + d.rule().id() + "] " + d.message());
                row.put("check_name", d.rule().id());
                // the same finding twice in a file (two "TODO"s) must stay two: GitLab merges equal fingerprints
                String key = d.file() + "\0" + d.rule().id() + "\0" + d.message();
                row.put("fingerprint", fingerprint(key + "\0" + seen.merge(key, 1, Integer::sum)));
                row.put("severity", d.level() == Level.ERROR ? "major" : "minor");
                Map<String, Object> location = new LinkedHashMap<>();
                location.put("path", d.file());
                location.put("lines", Map.of("begin", d.line()));
                row.put("location", location);
                return row;
            }).toList();
            try {
                out.println(Json.WRITER.writeValueAsString(rows));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private static String fingerprint(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Made on first use: the text formats, which most runs print, need no Jackson (about 400 classes to start). */
    private static final class Json {
        static final ObjectMapper WRITER = new ObjectMapper()
                .disable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    public abstract void print(List<Diagnostic> diagnostics, int files, PrintWriter out);

    public static String summary(List<Diagnostic> diagnostics, int files) {
        long errors = count(diagnostics, Level.ERROR);
        long warnings = count(diagnostics, Level.WARNING);
        return plural(errors, "error") + ", " + plural(warnings, "warning") + " in " + plural(files, "file");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static long count(List<Diagnostic> diagnostics, Level level) {
        return diagnostics.stream().filter(d -> d.level() == level).count();
    }

    // Escaping as GitHub's toolkit does (command.ts): data escapes % CR LF, properties also : and ,.
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
