package glassbox.app;

/**
 * The look: AtlantaFX Primer light or dark, or projector (light base, fonts ×1.5, thick lines, a
 * colour-blind-safe high-contrast palette). Colours live in the stylesheets named here.
 */
public enum Theme {
    LIGHT("theme.light", "/glassbox/app/theme-light.css", false, 1.0),
    DARK("theme.dark", "/glassbox/app/theme-dark.css", true, 1.0),
    PROJECTOR("theme.projector", "/glassbox/app/theme-projector.css", false, 1.5);

    private final String labelKey;
    private final String stylesheet;
    private final boolean dark;
    private final double fontScale;

    Theme(String labelKey, String stylesheet, boolean dark, double fontScale) {
        this.labelKey = labelKey;
        this.stylesheet = stylesheet;
        this.dark = dark;
        this.fontScale = fontScale;
    }

    public String labelKey() {
        return labelKey;
    }

    public String stylesheet() {
        return stylesheet;
    }

    public boolean isDark() {
        return dark;
    }

    public double fontScale() {
        return fontScale;
    }

    public static Theme parse(String name, Theme fallback) {
        if (name != null) {
            for (Theme t : values()) {
                if (t.name().equalsIgnoreCase(name.trim())) {
                    return t;
                }
            }
        }
        return fallback;
    }
}
