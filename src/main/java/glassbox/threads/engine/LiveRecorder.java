package glassbox.threads.engine;

/**
 * Timestamps events of a live run under one lock, so their order is the order they happened in
 * (a release is recorded before the lock is free, an acquire after it is taken) and times never
 * go backwards.
 */
final class LiveRecorder {
    private final EventLog log = new EventLog();
    private final long start = System.nanoTime();
    private final double scale;

    /** @param scale live durations are workload durations × scale; times are recorded ÷ scale */
    LiveRecorder(double scale) {
        this.scale = scale;
    }

    synchronized void record(int thread, EventType type, int other) {
        long t = Math.round((System.nanoTime() - start) / scale);
        long last = log.size() == 0 ? 0 : log.time(log.size() - 1);
        log.add(Math.max(t, last), thread, type, other);
    }

    synchronized EventLog log() {
        return log;
    }

    long elapsedNanos() {
        return System.nanoTime() - start;
    }
}
