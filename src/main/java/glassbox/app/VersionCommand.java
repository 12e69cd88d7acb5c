package glassbox.app;

import glassbox.core.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code glassbox version}: the app's version and the runtime's, as JSON. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print version information as JSON.")
public final class VersionCommand implements Callable<Integer> {
    public static final String VERSION = glassbox.core.Version.VERSION;

    @Override
    public Integer call() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("glassbox", VERSION);
        out.put("java", System.getProperty("java.version"));
        out.put("javafx", "21.0.11");
        out.put("h2", org.h2.engine.Constants.FULL_VERSION);
        Json.print(out);
        return 0;
    }

}
