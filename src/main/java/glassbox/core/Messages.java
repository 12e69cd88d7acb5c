package glassbox.core;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every visible string, looked up by key in the bundles under {@code glassbox/i18n/}: the shell's
 * {@code messages} plus one bundle per topic. Values are {@link MessageFormat} patterns, so a
 * literal apostrophe is written {@code ''}. A missing key shows as {@code !key!} (a test keeps
 * that from shipping).
 */
public final class Messages {
    /** Bundle base names, shell first; a topic's bundle that is not there yet is skipped. */
    public static final List<String> BUNDLES =
            List.of("messages", "bptree", "database", "threads", "python", "pipeline", "btree");
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, CHINESE);

    private final Locale locale;
    private final List<ResourceBundle> bundles = new ArrayList<>();

    public Messages(Locale locale) {
        this(locale, BUNDLES);
    }

    /** Messages from the given bundles only (tests add a bundle of their own). */
    public Messages(Locale locale, List<String> bundleNames) {
        this.locale = supported(locale);
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        for (String base : bundleNames) {
            try {
                bundles.add(ResourceBundle.getBundle("glassbox.i18n." + base, this.locale, control));
            } catch (MissingResourceException absent) {
                // topic not built (yet)
            }
        }
    }

    /** English or Simplified Chinese: Chinese for any zh locale, English otherwise. */
    public static Locale supported(Locale requested) {
        if (requested != null && "zh".equals(requested.getLanguage())) {
            return CHINESE;
        }
        return Locale.ENGLISH;
    }

    /** Parses "en", "zh_CN", "zh-CN"; returns null for anything else. */
    public static Locale parse(String tag) {
        if (tag == null) {
            return null;
        }
        return switch (tag.trim().replace('-', '_')) {
            case "en" -> Locale.ENGLISH;
            case "zh_CN", "zh" -> CHINESE;
            default -> null;
        };
    }

    public static String tag(Locale locale) {
        return CHINESE.equals(supported(locale)) ? "zh_CN" : "en";
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    public String get(String key, Object... args) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                String pattern = b.getString(key);
                return new MessageFormat(pattern, locale).format(resolve(args));
            }
        }
        return "!" + key + "!";
    }

    public String format(Narration narration) {
        return get(narration.key(), narration.args().toArray());
    }

    private Object[] resolve(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Narration n) {
                out[i] = format(n);
            } else if (out[i] instanceof List<?> list) {
                out[i] = String.join(", ", list.stream().map(String::valueOf).toList());
            }
        }
        return out;
    }
}
