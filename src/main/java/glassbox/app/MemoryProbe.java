package glassbox.app;

import glassbox.core.Topic;
import glassbox.player.view.FirstFrame;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * {@code --visit-tabs}: selects every topic tab once (each drawn before the next is chosen), then
 * reports the process's memory as JSON: what bench/memory compares with a bare JavaFX app.
 */
final class MemoryProbe {
    private MemoryProbe() {
    }

    static void visitAll(MainWindow window, List<Topic> topics, Consumer<String> report) {
        Deque<String> left = new ArrayDeque<>();
        topics.forEach(t -> left.add(t.id()));
        next(window, left, report);
    }

    private static void next(MainWindow window, Deque<String> left, Consumer<String> report) {
        if (left.isEmpty()) {
            FirstFrame.then(() -> report.accept(summary()));
            return;
        }
        window.select(left.poll());
        FirstFrame.then(() -> next(window, left, report));
    }

    /** VmRSS and VmHWM from /proc (Linux), and the Java heap, in KiB. */
    static String summary() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        return String.format(Locale.ROOT,
                "{\"rss_kb\": %d, \"hwm_kb\": %d, \"heap_used_kb\": %d, \"heap_committed_kb\": %d, \"nonheap_committed_kb\": %d}",
                proc("VmRSS"), proc("VmHWM"), heap.getUsed() >> 10, heap.getCommitted() >> 10, nonHeap.getCommitted() >> 10);
    }

    private static long proc(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: unknown
        }
        return -1;
    }
}
