package glassbox.store;

import java.nio.file.InvalidPathException;
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

    /** A data folder path that cannot be used; the message names it. */
    public static final class UnsafePath extends Exception {
        public UnsafePath(String message) {
            super(message);
        }
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

    /**
     * {@code dir} as an absolute, normalised path that can be put into an H2 file URL as it is:
     * no {@code ;} (which would start URL settings) and no control characters.
     */
    public static Path checked(Path dir) throws UnsafePath {
        Path abs;
        try {
            abs = dir.toAbsolutePath().normalize();
        } catch (InvalidPathException | java.io.IOError | SecurityException e) {
            throw new UnsafePath("cannot use the data folder " + dir + ": " + e.getMessage());
        }
        String s = abs.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ';' || c < 0x20 || c == 0x7f) {
                throw new UnsafePath(StoreProblem.UNSAFE_PATH.describe(printable(s)));
            }
        }
        return abs;
    }

    /** {@code s} with control characters shown as {@code \\uXXXX}, for one-line messages. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
