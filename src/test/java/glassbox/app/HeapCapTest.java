package glassbox.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When {@code java -jar} re-runs itself with the app image's heap cap, and with what command. */
class HeapCapTest {
    private static final long UNCAPPED = 6L << 30;
    private static final String JAVA = "/jdk/bin/java";

    private static Optional<List<String>> relaunch(long heap, List<String> jvmArgs, String... args) {
        return HeapCap.relaunch(heap, jvmArgs, JAVA, "glassbox.jar", false, args);
    }

    @Test
    void anUncappedIndexBuildRunsInACappedChildWithTheSameOptionsAndArguments() {
        assertEquals(Optional.of(List.of(JAVA, "-Xmx512m", "-Dfile.encoding=UTF-8", "-Dglassbox.relaunched=true",
                        "-cp", "glassbox.jar", "glassbox.app.Launcher", "index", "--rows", "10000000")),
                relaunch(UNCAPPED, List.of("-Dfile.encoding=UTF-8"), "index", "--rows", "10000000"));
    }

    @Test
    void theWindowIsCappedToo() {
        assertEquals(Optional.of(List.of(JAVA, "-Xmx512m", "-Dglassbox.relaunched=true", "-cp", "glassbox.jar",
                "glassbox.app.Launcher", "--tab", "database")), relaunch(UNCAPPED, List.of(), "--tab", "database"));
    }

    @Test
    void aChosenHeapACappedJvmTheChildItselfAndLightCommandsRunInPlace() {
        assertTrue(relaunch(UNCAPPED, List.of("-Xmx4g"), "index").isEmpty());
        assertTrue(relaunch(UNCAPPED, List.of("-XX:MaxRAMPercentage=50"), "index").isEmpty());
        assertTrue(relaunch(UNCAPPED, List.of("-XX:MaxHeapSize=2g"), "index").isEmpty());
        assertTrue(relaunch(512L << 20, List.of(), "index").isEmpty());
        assertTrue(HeapCap.relaunch(UNCAPPED, List.of(), JAVA, "glassbox.jar", true, new String[] {"index"}).isEmpty());
        assertTrue(relaunch(UNCAPPED, List.of(), "history", "list").isEmpty());
        assertTrue(relaunch(UNCAPPED, List.of(), "--help").isEmpty());
        assertTrue(HeapCap.relaunch(UNCAPPED, List.of(), null, "glassbox.jar", false, new String[] {"index"}).isEmpty());
    }
}
