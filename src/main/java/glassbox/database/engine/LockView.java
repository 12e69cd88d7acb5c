package glassbox.database.engine;

import java.util.List;

/**
 * What the server's lock views showed at one moment of a run ({@code atUs} after it started): the
 * buyers whose transactions held row locks and those waiting for one (InnoDB's
 * {@code INNODB_TRX}/{@code INNODB_LOCK_WAITS} on MariaDB, {@code performance_schema.data_locks}
 * on MySQL 8). Recorded only when it changed.
 */
public record LockView(long atUs, List<Integer> holding, List<Integer> waiting) {
    public LockView {
        holding = List.copyOf(holding);
        waiting = List.copyOf(waiting);
    }
}
