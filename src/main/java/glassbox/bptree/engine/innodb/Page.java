package glassbox.bptree.engine.innodb;

import java.util.List;

/**
 * A page (or a block of MyISAM's data file): its number, its records, its child pages (empty for
 * a leaf).
 */
public record Page(int no, List<PageRecord> records, List<Page> children) {
    public Page {
        records = List.copyOf(records);
        children = List.copyOf(children);
    }

    public boolean leaf() {
        return children.isEmpty();
    }
}
