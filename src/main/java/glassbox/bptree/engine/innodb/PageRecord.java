package glassbox.bptree.engine.innodb;

/** One record in a page, as InnoDB (or MyISAM) stores it. */
public sealed interface PageRecord {
    /**
     * A node pointer in an internal page: the smallest key of a child page and that page's number.
     * InnoDB keeps one per child; secondary indexes key it by (name, id).
     */
    record NodePointer(String key, int child) implements PageRecord {
    }

    /** A clustered-index leaf record: the whole row. */
    record WholeRow(Row row) implements PageRecord {
    }

    /** A secondary-index leaf record: the secondary key and the primary key, no other column. */
    record SecondaryEntry(String name, long id) implements PageRecord {
    }

    /** A MyISAM index leaf record: the key and the row's byte offset in the data file. */
    record RowAddress(long id, long address) implements PageRecord {
    }

    /** A row in MyISAM's data file (.MYD), at its byte offset, in insertion order. */
    record DataRow(long address, Row row) implements PageRecord {
    }
}
