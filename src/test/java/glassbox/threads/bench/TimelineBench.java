package glassbox.threads.bench;

import glassbox.core.Messages;
import glassbox.threads.engine.Policy;
import glassbox.threads.engine.Schedule;
import glassbox.threads.engine.SimSettings;
import glassbox.threads.engine.Simulator;
import glassbox.threads.engine.Workload;
import glassbox.threads.view.TimeWindow;
import glassbox.threads.view.TimelineView;
import glassbox.threads.view.Track;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One timeline redraw (zoom step + layout, on the FX thread, headless Monocle, no rendering) for a
 * million-event run against the same redraw for a 160-event run: with level of detail the ratio
 * stays small. Also zoomed in on 2 ms of the million-event run.
 *
 * <pre>bench/jmh TimelineBench -f 1 -wi 2 -i 3 -w 1 -r 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TimelineBench {
    @Param({"million", "small", "millionZoomed"})
    public String run;

    private TimelineView view;
    private TimeWindow window;
    private Stage stage;
    private final AtomicInteger flip = new AtomicInteger();

    @Setup(Level.Trial)
    public void setup() throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException already) {
            started.countDown();
        }
        started.await();
        Schedule s = run.equals("small")
                ? Simulator.run(Workload.of("T1=cpu:100", "T2=cpu:100"), SimSettings.of(Policy.GIL))
                : Simulator.run(Workload.of("T1=cpu:12500", "T2=cpu:12500"), new SimSettings(Policy.GIL, 100_000, 2, 0));
        onFx(() -> {
            window = new TimeWindow();
            view = new TimelineView(new Messages(Locale.ENGLISH), window);
            stage = new Stage();
            Scene scene = new Scene(new StackPane(view), 1200, 400);
            scene.getStylesheets().addAll(
                    TimelineBench.class.getResource("/glassbox/app/theme-light.css").toExternalForm(),
                    TimelineBench.class.getResource("/glassbox/threads/threads.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            view.setTracks(List.of(new Track(s, "gil", "gil", 0)), true);
            if (run.equals("millionZoomed")) {
                window.zoom(s.wall() / 2e6, s.wall() / 2.0);
            }
            view.applyCss();
            view.layout();
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        onFx(() -> stage.close());
    }

    @Benchmark
    public long redraw() throws Exception {
        onFx(() -> {
            double f = flip.getAndIncrement() % 2 == 0 ? 1.001 : 1 / 1.001;
            window.zoom(f, window.start() + window.span() / 2);
            view.layout();
        });
        return view.drawCount();
    }

    private static void onFx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("FX thread did not answer");
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
    }
}
