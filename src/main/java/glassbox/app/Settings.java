package glassbox.app;

import glassbox.store.Store;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Properties;

/**
 * What the app remembers between runs: window size, tab, theme, language, speed, font size. Read
 * from {@code settings.properties} in the data folder at start-up (so the first frame never waits
 * for the database) and mirrored into the store's preference table once it is open. A damaged or
 * unreadable file gives the defaults; it is written atomically.
 */
public final class Settings {
    public static final String FILE_NAME = "settings.properties";
    public static final double DEFAULT_FONT = 13;

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    public static Settings load(Path dir) {
        Settings s = new Settings(dir == null ? null : dir.resolve(FILE_NAME));
        if (s.file != null && Files.isReadable(s.file)) {
            try (Reader r = Files.newBufferedReader(s.file, StandardCharsets.UTF_8)) {
                s.values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                s.values.clear(); // unreadable: defaults, and the file is left alone until saved
            }
        }
        return s;
    }

    /** The data folder the settings live in, or null for in-memory settings. */
    public Path dir() {
        return file == null ? null : file.getParent();
    }

    public static Settings inMemory() {
        return new Settings(null);
    }

    public String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public double getDouble(String key, double fallback, double min, double max) {
        try {
            double v = Double.parseDouble(values.getProperty(key, ""));
            return Double.isFinite(v) ? Math.max(min, Math.min(max, v)) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    public void put(String key, double value) {
        put(key, String.valueOf(value));
    }

    /** Writes the file (temp file, then rename); a failure keeps the old file and is reported. */
    public void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(w, "Glassbox settings");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            System.err.println("glassbox: could not save settings: " + e.getMessage());
        }
    }

    /** Copies every setting into the store's preference table. */
    public void mirrorTo(Store store) {
        try {
            for (String k : values.stringPropertyNames()) {
                store.setPreference(k, values.getProperty(k));
            }
        } catch (SQLException e) {
            System.err.println("glassbox: could not record preferences: " + e.getMessage());
        }
    }
}
