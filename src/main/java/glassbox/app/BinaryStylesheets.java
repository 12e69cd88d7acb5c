package glassbox.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Build step (Maven's process-classes phase): writes a precompiled {@code X.bss} beside every
 * {@code X.css} under a folder. JavaFX's StyleManager loads {@code X.bss} in place of {@code X.css}
 * when it exists, so the window's stylesheets are not lexed and parsed at every start (AtlantaFX
 * ships its themes the same way). The {@code .css} files stay: they are the source, and what
 * JavaFX falls back to.
 */
public final class BinaryStylesheets {
    private BinaryStylesheets() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BinaryStylesheets FOLDER");
        }
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            sheets = files.filter(p -> p.getFileName().toString().endsWith(".css")).sorted().toList();
        }
        for (Path css : sheets) {
            String name = css.getFileName().toString();
            Path bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
            Stylesheet.convertToBinary(css.toFile(), bss.toFile());
        }
        System.out.println("[css] " + sheets.size() + " stylesheets precompiled to .bss under " + args[0]);
    }
}
