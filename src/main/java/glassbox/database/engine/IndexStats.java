package glassbox.database.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The real secondary index on InnoDB, from {@code mysql.innodb_index_stats} after
 * {@code ANALYZE TABLE}: its size and leaf pages, set beside the fan-out estimate (16 KiB pages,
 * ⌊16384 / 14⌋ = 1,170 node pointers per internal page, leaf entries of key + primary key + record
 * header). {@code problem} says why the statistics could not be read (then the numbers are -1).
 */
public record IndexStats(String index, long sizePages, long leafPages, long estimatedLeafPages, int estimatedHeight,
                         int leafEntriesPerPage, String problem) {
    public static final int PAGE_BYTES = 16_384;
    /** A secondary index's leaf entry: BIGINT key (8) + BIGINT primary key (8) + record header (5) + slot share (1). */
    public static final int LEAF_ENTRY_BYTES = 22;
    /** An internal page's node pointer: key (8) + child page number (6), as the course notes count it. */
    public static final int POINTER_BYTES = 14;
    /** InnoDB leaves 1/16 of a page free when it fills pages in order. */
    public static final double FILL = 15.0 / 16;

    static IndexStats read(Db db, long rows) {
        int perLeaf = (int) (PAGE_BYTES * FILL / LEAF_ENTRY_BYTES);
        long estLeaves = (rows + perLeaf - 1) / perLeaf;
        int height = 1;
        long pages = estLeaves;
        while (pages > 1) {
            pages = (pages + PAGE_BYTES / POINTER_BYTES - 1) / (PAGE_BYTES / POINTER_BYTES);
            height++;
        }
        try (Connection c = db.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE items");
            }
            long size = -1;
            long leaves = -1;
            try (PreparedStatement ps = c.prepareStatement("SELECT stat_name, stat_value FROM mysql.innodb_index_stats "
                    + "WHERE database_name = ? AND table_name = 'items' AND index_name = 'idx_items_k'")) {
                ps.setString(1, ServerTarget.SCHEMA);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if ("size".equals(rs.getString(1))) {
                            size = rs.getLong(2);
                        } else if ("n_leaf_pages".equals(rs.getString(1))) {
                            leaves = rs.getLong(2);
                        }
                    }
                }
            }
            return new IndexStats("idx_items_k", size, leaves, estLeaves, height, perLeaf,
                    size < 0 ? "no statistics for idx_items_k (persistent statistics off?)" : null);
        } catch (SQLException e) {
            return new IndexStats("idx_items_k", -1, -1, estLeaves, height, perLeaf,
                    "cannot read mysql.innodb_index_stats: " + DbProblem.oneLine(e));
        }
    }

    public java.util.Map<String, Object> toJson() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("index", index);
        m.put("size_pages", sizePages);
        m.put("n_leaf_pages", leafPages);
        m.put("estimated_leaf_pages", estimatedLeafPages);
        m.put("estimated_height", estimatedHeight);
        if (problem != null) {
            m.put("problem", problem);
        }
        return m;
    }
}
