package glassbox.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Glassbox keeps its database and settings: {@code --data-dir}, else {@code GLASSBOX_HOME},
 * else the platform's user data folder ({@code $XDG_DATA_HOME/glassbox} or
 * {@code ~/.local/share/glassbox} on Linux, {@code ~/Library/Application Support/Glassbox} on
 * macOS, {@code %APPDATA%\Glassbox} on Windows).
 */
public final class DataDir {
    private DataDir() {
    }

    public static Path resolve(String override) {
        return resolve(override, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    static Path resolve(String override, Map<String, String> env, String osName, String home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String gbHome = env.get("GLASSBOX_HOME");
        if (gbHome != null && !gbHome.isBlank()) {
            return Path.of(gbHome);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Glassbox") : Path.of(home, "AppData", "Roaming", "Glassbox");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Glassbox");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "glassbox");
        }
        return Path.of(home, ".local", "share", "glassbox");
    }
}
