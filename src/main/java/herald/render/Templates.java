package herald.render;

import freemarker.cache.StringTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import herald.diag.Work;
import java.io.IOException;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The theme's FreeMarker templates, configured once: HTML auto-escaping (.ftlh), errors rethrown
 * (never printed into a page), a fixed locale and zone, and each template parsed once.
 */
public final class Templates {
    private final Configuration config;
    private final Map<String, Template> cache = new ConcurrentHashMap<>();
    private final Work work;
    private final List<String> names;

    /** {@code sources}: each template's text by its name relative to the theme's templates/ ("index.ftlh"). */
    public Templates(Map<String, String> sources, Work work) {
        this.work = work;
        this.names = List.copyOf(sources.keySet());
        StringTemplateLoader loader = new StringTemplateLoader();
        sources.forEach(loader::putTemplate);
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(loader);
        c.setObjectWrapper(new ViewWrapper());
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        c.setAPIBuiltinEnabled(false);
        this.config = c;
    }

    /**
     * Parses every template ahead of rendering (the render preparation runs it on a second thread).
     * A template that does not parse is left for the render, which reports it with its line.
     */
    public void prepare() {
        for (String name : names) {
            try {
                cache.computeIfAbsent(name, n -> {
                    try {
                        return config.getTemplate(n);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                // reported by renderBytes, with the template's name and line
            }
        }
    }

    /** Renders one template with one view model; a template error names the template and line. */
    public String render(String name, Object model) throws RenderException {
        return new String(renderBytes(name, model), StandardCharsets.UTF_8);
    }

    /** Renders straight into UTF-8 bytes (no intermediate String for big sites). */
    public byte[] renderBytes(String name, Object model) throws RenderException {
        work.count(Work.Unit.TEMPLATE_RENDER);
        try {
            Template t = cache.get(name);
            if (t == null) {
                t = config.getTemplate(name);
                cache.put(name, t);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16384);
            Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 8192);
            t.process(model, out);
            out.flush();
            return bytes.toByteArray();
        } catch (TemplateException e) {
            String blamed = e.getBlamedExpressionString();
            throw new RenderException("template " + name + " failed at line " + e.getLineNumber()
                    + (e.getTemplateSourceName() != null && !e.getTemplateSourceName().equals(name) ? " of " + e.getTemplateSourceName() : "")
                    + ": " + firstLine(e.getMessageWithoutStackTop()).replaceAll("[:;.]+$", "")
                    + (blamed != null ? " (" + blamed + ")" : ""));
        } catch (IOException e) {
            throw new RenderException("template " + name + ": " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").strip();
    }
}
