package glassbox.python.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The tab's ready-made scripts in groups: copies (the course notes' four lessons, then the classic
 * traps), functions and frames, classes, with, exceptions, generators, reference counts. Each script
 * is a resource under {@code /glassbox/python/presets/}, with a Chinese variant whose comments are
 * translated.
 */
public enum Preset {
    IMMUTABLES("immutables", "copy.preset.immutables", Group.COPIES),
    SHALLOW_FLAT("shallow_flat", "copy.preset.shallowFlat", Group.COPIES),
    SHALLOW_NESTED("shallow_nested", "copy.preset.shallowNested", Group.COPIES),
    DEEPCOPY("deepcopy", "copy.preset.deepcopy", Group.COPIES),
    GRID("grid", "copy.preset.grid", Group.COPIES),
    IADD("iadd", "copy.preset.iadd", Group.COPIES),
    TUPLE_LIST("tuple_list", "copy.preset.tupleList", Group.COPIES),
    CYCLE("cycle", "copy.preset.cycle", Group.COPIES),
    SHARED("shared", "copy.preset.shared", Group.COPIES),
    FRAMES("frames", "python.preset.frames", Group.FUNCTIONS),
    DEFAULT_TRAP("default_trap", "python.preset.defaultTrap", Group.FUNCTIONS),
    CLOSURES("closures", "python.preset.closures", Group.FUNCTIONS),
    CLASSES("classes", "python.preset.classes", Group.CLASSES),
    INSTANCE_COPIES("instance_copies", "python.preset.instanceCopies", Group.CLASSES),
    WITH_CONNECTION("with_connection", "python.preset.withConnection", Group.WITH),
    ATOMIC("atomic", "python.preset.atomic", Group.WITH),
    TOUR("tour", "python.preset.tour", Group.WITH),
    EXCEPTIONS("exceptions", "python.preset.exceptions", Group.EXCEPTIONS),
    GENERATORS("generators", "python.preset.generators", Group.GENERATORS),
    PINGPONG("pingpong", "python.preset.pingpong", Group.GENERATORS),
    REFCOUNT("refcount", "python.preset.refcount", Group.REFCOUNTS);

    /** The groups the preset menu shows, in order. */
    public enum Group {
        COPIES("python.group.copies"), FUNCTIONS("python.group.functions"), CLASSES("python.group.classes"),
        WITH("python.group.with"), EXCEPTIONS("python.group.exceptions"), GENERATORS("python.group.generators"),
        REFCOUNTS("python.group.refcounts");

        private final String titleKey;

        Group(String titleKey) {
            this.titleKey = titleKey;
        }

        public String titleKey() {
            return titleKey;
        }
    }

    private final String file;
    private final String titleKey;
    private final Group group;

    Preset(String file, String titleKey, Group group) {
        this.file = file;
        this.titleKey = titleKey;
        this.group = group;
    }

    public Group group() {
        return group;
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
