package glassbox.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's precompiled stylesheets: one per CSS file, holding the same rules as the CSS. */
class BinaryStylesheetsTest {
    @Test
    void everyShippedStylesheetHasABinaryTwinWithTheSameRules() throws Exception {
        // the folder the main stylesheets were copied to (test-classes has its own glassbox/ folder)
        Path root = Path.of(getClass().getResource("/glassbox/app/glassbox.css").toURI()).getParent().getParent();
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(root)) {
            sheets = files.filter(p -> p.toString().endsWith(".css")).toList();
        }
        assertTrue(sheets.size() >= 10, "the window's stylesheets: " + sheets);
        for (Path css : sheets) {
            String name = css.getFileName().toString();
            Path bss = css.resolveSibling(name.replace(".css", ".bss"));
            assertTrue(Files.isRegularFile(bss), bss + ": the build's process-classes step did not run");
            assertEquals(selectors(new CssParser().parse(css.toUri().toURL())),
                    selectors(Stylesheet.loadBinary(bss.toUri().toURL())), name);
        }
    }

    @Test
    void theConverterWritesABssBesideEachCssInTheTree(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/one.css"), ".x { -fx-padding: 4; }\n.y:hover { -fx-text-fill: red; }\n");
        Files.writeString(dir.resolve("a/b/two.css"), ".z { -fx-font-size: 1.5em; }\n");
        BinaryStylesheets.main(new String[] {dir.toString()});
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of("a/b/two.bss", "a/one.bss"), files.map(p -> dir.relativize(p).toString())
                    .filter(p -> p.endsWith(".bss")).sorted().toList());
        }
        Stylesheet one = Stylesheet.loadBinary(dir.resolve("a/one.bss").toUri().toURL());
        assertEquals(List.of("[*.x]", "[*.y:hover]"), selectors(one));
    }

    private static List<String> selectors(Stylesheet s) {
        return s.getRules().stream().map(Rule::getSelectors).map(Object::toString).toList();
    }
}
