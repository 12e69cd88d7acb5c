package glassbox.threads.engine;

/** Where one thread's time went, in nanoseconds; {@code end} is when it finished. */
public record ThreadStats(String name, long cpu, long io, long waiting, long end) {
    public double cpuMs() {
        return cpu / 1e6;
    }

    public double ioMs() {
        return io / 1e6;
    }

    public double waitMs() {
        return waiting / 1e6;
    }

    public double endMs() {
        return end / 1e6;
    }
}
