package herald.bench;

import herald.markdown.Markdown;
import herald.content.ContentLoader;
import herald.content.Loaded;
import herald.diag.Work;
import herald.render.SiteRenderer;
import herald.derive.SiteView;
import herald.derive.SiteViewBuilder;
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
        Work work = new Work();
        Loaded loaded = ContentLoader.load(root.resolve("content"), root, work);
        long bodies = loaded.drafts().entries().stream().mapToLong(e -> e.updates().size()).sum();
        SiteView view = SiteViewBuilder.build(loaded.model().orElseThrow(), SyntheticSite.NOW, null, work);
        long derive = work.snapshot().get(Work.Unit.MARKDOWN);
        new SiteRenderer(herald.theme.ThemeLoader.load(Path.of(args[1]), root), work).render(view, "en", "Synthetic");
        long total = work.snapshot().get(Work.Unit.MARKDOWN);
        System.out.printf("updates %d, Markdown.toHtml calls: derive %d, render %d%n", bodies, derive, total - derive);
    }
}
