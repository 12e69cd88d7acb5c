package glassbox.app;

/** When this JVM started, in epoch milliseconds (cheap: no JMX). */
final class JvmClock {
    private JvmClock() {
    }

    static long startMillis() {
        return ProcessHandle.current().info().startInstant()
                .map(java.time.Instant::toEpochMilli)
                .orElseGet(System::currentTimeMillis);
    }
}
