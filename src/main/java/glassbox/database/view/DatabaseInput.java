package glassbox.database.view;

import glassbox.database.engine.LockStrategy;

/**
 * A snapshot of everything the user can set in the tab (for undo and scenes): which experiment,
 * its numbers, and where it runs (never the password).
 */
record DatabaseInput(DatabaseViewModel.Mode mode, long rows, int repeat, LockStrategy strategy, int stock, int buyers,
                     int threads, int thinkMs, long compositeRows, ConnectionViewModel.Kind connection, String host, String port, String user) {
}
