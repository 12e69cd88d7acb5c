package glassbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void savedValuesComeBackAndAreMirroredIntoTheStore() throws Exception {
        Settings s = Settings.load(dir);
        s.put("theme", "projector");
        s.put("speed", 2.0);
        s.save();
        Settings again = Settings.load(dir);
        assertThat(again.get("theme", null)).isEqualTo("projector");
        assertThat(again.getDouble("speed", 1, 0.25, 4)).isEqualTo(2.0);
        try (Store store = Store.inMemory()) {
            again.mirrorTo(store);
            assertThat(store.preference("theme")).contains("projector");
        }
    }

    @Test
    void nonsenseValuesFallBackOrAreClamped() throws Exception {
        Files.writeString(dir.resolve(Settings.FILE_NAME), "speed=fast\nfontSize=900\ntheme=neon\n");
        Settings s = Settings.load(dir);
        assertThat(s.getDouble("speed", 1.0, 0.25, 4)).isEqualTo(1.0);
        assertThat(s.getDouble("fontSize", 13, 9, 40)).isEqualTo(40);
        assertThat(Theme.parse(s.get("theme", null), Theme.LIGHT)).isEqualTo(Theme.LIGHT);
    }

    @Test
    void aDamagedFileGivesDefaultsAndIsOnlyReplacedOnSave() throws Exception {
        Path file = dir.resolve(Settings.FILE_NAME);
        Files.writeString(file, "width=\\u12");  // malformed \\u escape
        Settings s = Settings.load(dir);
        assertThat(s.get("width", "default")).isEqualTo("default");
        assertThat(Files.readString(file)).isEqualTo("width=\\u12");
    }
}
