package herald.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Checks a large built site the way the benchmark promises: every incident and maintenance file
 * has its page, every feed parses as XML, every JSON file parses. Prints one line; exits 1 on a
 * problem. Usage: java -cp … herald.bench.CheckSite SITE_FOLDER
 */
public final class CheckSite {
    private CheckSite() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path site = root.resolve("site");
        int pages = 0;
        int feeds = 0;
        int json = 0;
        for (String kind : new String[] {"incidents", "maintenance"}) {
            try (Stream<Path> s = Files.list(root.resolve("content").resolve(kind))) {
                for (Path p : s.toList()) {
                    String id = p.getFileName().toString().replace(".md", "");
                    if (!Files.isRegularFile(site.resolve(kind).resolve(id).resolve("index.html"))) {
                        System.out.println("missing page for " + kind + "/" + id);
                        System.exit(1);
                    }
                    pages++;
                }
            }
        }
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.equals("feed.xml") || name.equals("atom.xml")) {
                    xml.newDocumentBuilder().parse(p.toFile());
                    feeds++;
                } else if (name.endsWith(".json")) {
                    mapper.readTree(p.toFile());
                    json++;
                }
            }
        }
        System.out.println("ok: " + pages + " entry pages, " + feeds + " feeds and " + json + " JSON files parse");
    }
}
