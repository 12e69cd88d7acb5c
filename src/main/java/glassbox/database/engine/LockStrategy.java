package glassbox.database.engine;

import java.util.Locale;
import java.util.Optional;

/** How a buyer's transaction protects the stock count; the id is the CLI name. */
public enum LockStrategy {
    /** Read, think, write the read value minus one: racy on purpose. */
    NONE("none", "database.strategy.none", "database.code.none", "database.strategy.none.short"),
    /** {@code SELECT … FOR UPDATE}: the row lock is held from the read to the commit. */
    PESSIMISTIC("pessimistic", "database.strategy.pessimistic", "database.code.pessimistic", "database.strategy.pessimistic.short"),
    /** A version column: the write only succeeds if nobody committed since the read, else retry. */
    OPTIMISTIC("optimistic", "database.strategy.optimistic", "database.code.optimistic", "database.strategy.optimistic.short"),
    /** One {@code UPDATE … SET stock = stock − 1 WHERE stock > 0}: the check and the write are one step. */
    ATOMIC("atomic", "database.strategy.atomic", "database.code.atomic", "database.strategy.atomic.short");

    private final String id;
    private final String labelKey;
    private final String codeKey;
    private final String shortKey;

    LockStrategy(String id, String labelKey, String codeKey, String shortKey) {
        this.id = id;
        this.labelKey = labelKey;
        this.codeKey = codeKey;
        this.shortKey = shortKey;
    }

    /** Bundle key of the one-word name used in charts and tables. */
    public String shortKey() {
        return shortKey;
    }

    public String id() {
        return id;
    }

    public String labelKey() {
        return labelKey;
    }

    /** Bundle key of the strategy's pseudo-code (the player's code pane). */
    public String codeKey() {
        return codeKey;
    }

    /** True for the strategies that must keep the invariants. */
    public boolean safe() {
        return this != NONE;
    }

    public static Optional<LockStrategy> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (LockStrategy s : values()) {
            if (s.id.equals(n)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
