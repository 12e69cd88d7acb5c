package glassbox.app;

import glassbox.core.Topic;
import glassbox.core.TopicView;
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
import java.util.StringJoiner;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.util.Duration;

/**
 * {@code --visit-tabs}: selects every topic tab once (each drawn before the next is chosen), then
 * reports the process's memory as JSON: what bench/memory compares with a bare JavaFX app.
 */
final class MemoryProbe {
    private MemoryProbe() {
    }

    static void visitAll(MainWindow window, List<Topic> topics, Consumer<String> report) {
        Deque<String> left = new ArrayDeque<>();
        String only = System.getProperty("glassbox.visit.tabs"); // bench: a subset, e.g. "python,threads"
        if (only != null) {
            left.addAll(List.of(only.split(",")));
        } else {
            topics.forEach(t -> left.add(t.id()));
        }
        StringJoiner perTab = new StringJoiner(", ", "{", "}");
        perTab.add(String.format(Locale.ROOT, "\"shown\": [%d, 0]", proc("VmRSS")));
        next(window, left, perTab, report);
    }

    private static void next(MainWindow window, Deque<String> left, StringJoiner perTab, Consumer<String> report) {
        if (left.isEmpty()) {
            // bench: -Dglassbox.visit.settle=MS waits that long after the last tab (a user reading it)
            PauseTransition settle = new PauseTransition(Duration.millis(Long.getLong("glassbox.visit.settle", 0)));
            settle.setOnFinished(e -> FirstFrame.then(() -> {
                String json = summary(perTab.toString());
                if (Boolean.getBoolean("glassbox.visit.stay")) { // bench: stays open for jcmd and pmap
                    System.out.println(json);
                    System.out.flush();
                } else {
                    report.accept(json);
                }
            }));
            settle.play();
            return;
        }
        String id = left.poll();
        window.select(id);
        FirstFrame.then(() -> {
            TopicView v = window.view(id);
            perTab.add(String.format(Locale.ROOT, "\"%s\": [%d, %d]", id, proc("VmRSS"), v == null ? 0 : nodes(v.root())));
            next(window, left, perTab, report);
        });
    }

    /** Nodes in the tree under {@code n}, skins' children included. */
    private static int nodes(Node n) {
        int count = 1;
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                count += nodes(c);
            }
        }
        return count;
    }

    /**
     * VmRSS and VmHWM from /proc (Linux) and the Java heap, in KiB; {@code tabs} holds the RSS after
     * each tab was drawn and the tab's node count.
     */
    static String summary(String tabs) {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        return String.format(Locale.ROOT,
                "{\"rss_kb\": %d, \"hwm_kb\": %d, \"heap_used_kb\": %d, \"heap_committed_kb\": %d, \"nonheap_committed_kb\": %d, \"tabs_rss_kb_nodes\": %s}",
                proc("VmRSS"), proc("VmHWM"), heap.getUsed() >> 10, heap.getCommitted() >> 10, nonHeap.getCommitted() >> 10, tabs);
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
