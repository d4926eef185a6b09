package herald.bench;

import herald.markdown.Markdown;
import herald.content.ContentLoader;
import herald.content.Loaded;
import herald.diag.Work;
import herald.render.SiteRenderer;
import herald.site.SiteView;
import herald.site.SiteViewBuilder;
import java.nio.file.Path;

/**
 * How many times one build renders Markdown to HTML (Work's MARKDOWN counter) per update body:
 * tells whether the cost of a body is paid once or on every page that shows it.
 * Run: {@code java -cp ... herald.bench.MarkdownCalls SITE-ROOT THEME}.
 */
public final class MarkdownCalls {
    private MarkdownCalls() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Loaded loaded = ContentLoader.load(root.resolve("content"), root);
        long bodies = loaded.content().entries().stream().mapToLong(e -> e.updates().size()).sum();
        Work.reset();
        SiteView view = SiteViewBuilder.build(loaded.content(), SyntheticSite.NOW, null);
        long derive = Work.snapshot().get(Work.Unit.MARKDOWN);
        new SiteRenderer(herald.theme.ThemeLoader.load(Path.of(args[1]), root)).render(view, "en", "Synthetic");
        long total = Work.snapshot().get(Work.Unit.MARKDOWN);
        System.out.printf("updates %d, Markdown.toHtml calls: derive %d, render %d%n", bodies, derive, total - derive);
    }
}
