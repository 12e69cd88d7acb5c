package glassbox.store;

import java.nio.file.Path;

/** Run in a second JVM by {@link StoreTest}: opens the store and prints what went wrong, if anything. */
public final class LockProbe {
    private LockProbe() {
    }

    public static void main(String[] args) {
        try (Store s = Store.open(Path.of(args[0]))) {
            System.out.println(s.problem() == null ? "OK" : s.problem().name());
        }
    }
}
