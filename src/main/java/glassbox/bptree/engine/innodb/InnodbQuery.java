package glassbox.bptree.engine.innodb;

import glassbox.player.EventKind;

/** The lookups the InnoDB view steps through. */
public enum InnodbQuery {
    /** {@code SELECT * FROM user WHERE id = ?}: the clustered index alone. */
    PRIMARY,
    /** {@code SELECT * FROM user WHERE name = ?}: the secondary index, then back to the table (回表). */
    SECONDARY,
    /** {@code SELECT id, name FROM user WHERE name = ?}: answered by the secondary index alone. */
    COVERING,
    /** The same lookup by id on a MyISAM table: index leaf holds an address into the data file. */
    MYISAM;

    /** Whether the value is a name (else an id). */
    public boolean byName() {
        return this == SECONDARY || this == COVERING;
    }

    /** Scrubber markers of a lookup. */
    public enum Event implements EventKind {
        LEAF("leaf", "innodb.event.leaf"),
        BACK_TO_TABLE("back-to-table", "innodb.event.backToTable"),
        COVERED("covered", "innodb.event.covered"),
        ADDRESS("address", "innodb.event.address"),
        ROW("row", "innodb.event.row");

        private final String id;
        private final String labelKey;

        Event(String id, String labelKey) {
            this.id = id;
            this.labelKey = labelKey;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String labelKey() {
            return labelKey;
        }
    }
}
