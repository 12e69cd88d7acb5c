package glassbox.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each tab's last scene, kept in {@code scenes.json} in the data folder so tabs come back as they
 * were left: {@code {"bptree": {...input...}, ...}}. A damaged file is ignored (and overwritten
 * on the next save).
 */
final class SceneMemory {
    static final String FILE_NAME = "scenes.json";
    private final Path file;
    private final Map<String, ObjectNode> scenes = new LinkedHashMap<>();

    private SceneMemory(Path file) {
        this.file = file;
    }

    static SceneMemory load(Path dir) {
        SceneMemory m = new SceneMemory(dir == null ? null : dir.resolve(FILE_NAME));
        if (m.file != null && Files.isReadable(m.file)) {
            try {
                JsonNode root = Json.MAPPER.readTree(Files.readString(m.file, StandardCharsets.UTF_8));
                if (root != null && root.isObject()) {
                    Iterator<Map.Entry<String, JsonNode>> it = root.fields();
                    while (it.hasNext()) {
                        Map.Entry<String, JsonNode> e = it.next();
                        if (e.getValue().isObject()) {
                            m.scenes.put(e.getKey(), (ObjectNode) e.getValue());
                        }
                    }
                }
            } catch (IOException e) {
                m.scenes.clear();
            }
        }
        return m;
    }

    Optional<ObjectNode> get(String tab) {
        ObjectNode o = scenes.get(tab);
        return o == null ? Optional.empty() : Optional.of(o.deepCopy());
    }

    void put(String tab, ObjectNode input) {
        scenes.put(tab, input.deepCopy());
    }

    void forget(String tab) {
        scenes.remove(tab);
    }

    void save() {
        if (file == null) {
            return;
        }
        ObjectNode root = Json.MAPPER.createObjectNode();
        scenes.forEach(root::set);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            Files.writeString(tmp, Json.write(root), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            System.err.println("glassbox: could not save the tabs' scenes: " + e.getMessage());
        }
    }
}
