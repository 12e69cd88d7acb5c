package glassbox.app;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Start-up milestones (main, toolkit launch, start(), shown, first frame), stamped cheaply and
 * turned into milliseconds since JVM start only afterwards: the JVM's own start time comes from
 * JMX, which is loaded once the window is up. ({@code ProcessHandle}'s start instant is off by
 * up to a second on Linux: it is built on the boot time in whole seconds.)
 */
final class StartupClock {
    private static final Map<String, Long> MARKS = new LinkedHashMap<>();

    private StartupClock() {
    }

    static synchronized void mark(String milestone) {
        MARKS.put(milestone, System.currentTimeMillis());
    }

    /** Milliseconds from JVM start to {@code milestone}. */
    static synchronized long sinceJvmStart(String milestone) {
        return MARKS.get(milestone) - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** With {@code -Dglassbox.startupTrace=true}, prints every milestone on stderr. */
    static synchronized void report() {
        if (Boolean.getBoolean("glassbox.startupTrace")) {
            StringBuilder sb = new StringBuilder("startup:");
            MARKS.keySet().forEach(k -> sb.append(' ').append(k).append('=').append(sinceJvmStart(k)));
            System.err.println(sb);
        }
    }
}
