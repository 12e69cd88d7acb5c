package glassbox.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import glassbox.core.Messages;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every visible string lives in the bundles: each bundle has the same keys in English and Chinese,
 * every key is used by the main sources (Java or FXML, written out in full), every key the sources
 * name exists, and no pattern has a lone apostrophe (MessageFormat would swallow it).
 */
class BundleConsistencyTest {
    private static final Path MAIN = Path.of("src/main");
    /** A quoted string that looks like one of our keys: "topic.some.thing". */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:app|about|error|export|menu|theme|language|welcome|keys|player|store|task|bptree|database|threads|copy|python|pipeline|btree|innodb|lecture|lesson|history|presenter|probe|slides)\\.[A-Za-z0-9_.]+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z][A-Za-z0-9_]*\\.[A-Za-z0-9_.]+)\"");

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        for (String base : Messages.BUNDLES) {
            Properties en = load(base + ".properties");
            Properties zh = load(base + "_zh_CN.properties");
            if (en == null && zh == null) {
                continue;
            }
            assertThat(en).as(base + ".properties").isNotNull();
            assertThat(zh).as(base + "_zh_CN.properties").isNotNull();
            assertThat(new TreeSet<>(zh.stringPropertyNames()))
                    .as("keys of " + base + "_zh_CN vs " + base)
                    .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        }
    }

    @Test
    void everyKeyIsUsedAndEveryUsedKeyExists() throws IOException {
        Set<String> defined = new TreeSet<>();
        for (String base : Messages.BUNDLES) {
            Properties en = load(base + ".properties");
            if (en != null) {
                defined.addAll(en.stringPropertyNames());
            }
        }
        String sources = allSources();
        Set<String> used = new TreeSet<>();
        Matcher m = KEY_LITERAL.matcher(sources);
        while (m.find()) {
            used.add(m.group(1));
        }
        Matcher f = FXML_KEY.matcher(sources);
        while (f.find()) {
            used.add(f.group(1));
        }
        Set<String> unused = new TreeSet<>(defined);
        unused.removeIf(k -> sources.contains("\"" + k + "\"") || sources.contains("\"%" + k + "\""));
        assertThat(unused).as("keys no source names in full").isEmpty();
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(defined);
        missing.removeIf(k -> k.endsWith(".")); // prefixes such as "keys." used to build names
        assertThat(missing).as("keys the sources name but no bundle defines").isEmpty();
    }

    @Test
    void noLoneApostrophes() throws IOException {
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        for (String base : Messages.BUNDLES) {
            for (String file : new String[] {base + ".properties", base + "_zh_CN.properties"}) {
                Properties p = load(file);
                if (p == null) {
                    continue;
                }
                for (String k : p.stringPropertyNames()) {
                    assertThat(lone.matcher(p.getProperty(k)).find())
                            .as(file + " " + k + " has a lone ' (write '')").isFalse();
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = BundleConsistencyTest.class.getResourceAsStream("/glassbox/i18n/" + name)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static String allSources() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml"))::iterator) {
                sb.append(Files.readString(p)).append('\n');
            }
        }
        return sb.toString();
    }
}
