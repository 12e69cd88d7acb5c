package glassbox.python.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The tab's ready-made scripts: the course notes' four lessons, then the classic traps. Each script
 * is a resource under {@code /glassbox/python/presets/}, with a Chinese variant whose comments are
 * translated.
 */
public enum Preset {
    IMMUTABLES("immutables", "copy.preset.immutables"),
    SHALLOW_FLAT("shallow_flat", "copy.preset.shallowFlat"),
    SHALLOW_NESTED("shallow_nested", "copy.preset.shallowNested"),
    DEEPCOPY("deepcopy", "copy.preset.deepcopy"),
    GRID("grid", "copy.preset.grid"),
    IADD("iadd", "copy.preset.iadd"),
    TUPLE_LIST("tuple_list", "copy.preset.tupleList"),
    CYCLE("cycle", "copy.preset.cycle"),
    SHARED("shared", "copy.preset.shared");

    private final String file;
    private final String titleKey;

    Preset(String file, String titleKey) {
        this.file = file;
        this.titleKey = titleKey;
    }

    public String file() {
        return file;
    }

    public String titleKey() {
        return titleKey;
    }

    /** The script, with comments in Chinese for a Chinese locale. */
    public String script(Locale locale) {
        boolean zh = locale != null && "zh".equals(locale.getLanguage());
        String name = "/glassbox/python/presets/" + file + (zh ? ".zh_CN.py" : ".py");
        try (InputStream in = Preset.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing preset " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
