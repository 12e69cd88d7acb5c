package glassbox.bptree.engine.innodb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sample table laid out in pages, small enough to read: the clustered index (root page 3, as
 * InnoDB puts the first index's root), the secondary index on name (root page 4), and for contrast
 * MyISAM's index on id and its data file. Internal pages hold one node pointer per child, keyed by
 * the child's smallest key.
 *
 * @param rows        the rows in insertion order
 * @param clustered   the clustered index's root
 * @param secondary   the secondary index's root
 * @param myisamIndex MyISAM's primary-key index root (blocks numbered from 101)
 * @param dataFile    MyISAM's data file, in blocks of rows (numbered from 201)
 */
public record InnodbLayout(List<Row> rows, Page clustered, Page secondary, Page myisamIndex, List<Page> dataFile) {
    /** Records per page in the picture (a real 16 KiB page holds far more: see {@link InnodbMath}). */
    public static final int PER_PAGE = 3;
    /** Bytes per row in the MyISAM data file (fixed-length rows). */
    public static final int MYISAM_ROW_BYTES = 32;

    public InnodbLayout {
        rows = List.copyOf(rows);
        dataFile = List.copyOf(dataFile);
    }

    /** The sample table, rows in insertion order. */
    public static List<Row> sampleRows() {
        return List.of(new Row(50, "Kai", 35), new Row(20, "Bob", 25), new Row(90, "Max", 33), new Row(10, "Zoe", 31),
                new Row(70, "Dan", 38), new Row(30, "Eve", 42), new Row(60, "Lee", 23), new Row(80, "Ivy", 27),
                new Row(40, "Ann", 29));
    }

    public static InnodbLayout sample() {
        return of(sampleRows());
    }

    public static InnodbLayout of(List<Row> rows) {
        int[] next = {5};
        List<Row> byId = new ArrayList<>(rows);
        byId.sort(Comparator.comparingLong(Row::id));
        List<PageRecord> leafRecords = new ArrayList<>();
        List<String> leafKeys = new ArrayList<>();
        for (Row r : byId) {
            leafRecords.add(new PageRecord.WholeRow(r));
            leafKeys.add(String.valueOf(r.id()));
        }
        Page clustered = build(leafRecords, leafKeys, 3, next);
        List<Row> byName = new ArrayList<>(rows);
        byName.sort(Comparator.comparing(Row::name).thenComparingLong(Row::id));
        List<PageRecord> secRecords = new ArrayList<>();
        List<String> secKeys = new ArrayList<>();
        for (Row r : byName) {
            secRecords.add(new PageRecord.SecondaryEntry(r.name(), r.id()));
            secKeys.add(r.name() + "," + r.id());
        }
        Page secondary = build(secRecords, secKeys, 4, next);
        List<Page> data = new ArrayList<>();
        List<PageRecord> block = new ArrayList<>();
        long[] address = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            address[i] = (long) i * MYISAM_ROW_BYTES;
            block.add(new PageRecord.DataRow(address[i], rows.get(i)));
            if (block.size() == PER_PAGE || i == rows.size() - 1) {
                data.add(new Page(201 + data.size(), block, List.of()));
                block = new ArrayList<>();
            }
        }
        List<PageRecord> idxRecords = new ArrayList<>();
        for (Row r : byId) {
            idxRecords.add(new PageRecord.RowAddress(r.id(), address[rows.indexOf(r)]));
        }
        int[] myNext = {102};
        Page myisam = build(idxRecords, leafKeys, 101, myNext);
        return new InnodbLayout(rows, clustered, secondary, myisam, data);
    }

    /** Leaves of {@link #PER_PAGE} records, then levels of node pointers until one root numbered {@code rootNo}. */
    private static Page build(List<PageRecord> records, List<String> keys, int rootNo, int[] next) {
        List<Page> level = new ArrayList<>();
        List<String> mins = new ArrayList<>();
        for (int i = 0; i < records.size(); i += PER_PAGE) {
            int end = Math.min(records.size(), i + PER_PAGE);
            level.add(new Page(0, records.subList(i, end), List.of()));
            mins.add(keys.get(i));
        }
        if (level.size() == 1) {
            return renumber(level.get(0), rootNo);
        }
        List<Page> numbered = new ArrayList<>();
        for (Page p : level) {
            numbered.add(renumber(p, next[0]++));
        }
        level = numbered;
        while (true) {
            List<Page> up = new ArrayList<>();
            List<String> upMins = new ArrayList<>();
            for (int i = 0; i < level.size(); i += PER_PAGE) {
                int end = Math.min(level.size(), i + PER_PAGE);
                List<PageRecord> ptrs = new ArrayList<>();
                for (int j = i; j < end; j++) {
                    ptrs.add(new PageRecord.NodePointer(mins.get(j), level.get(j).no()));
                }
                boolean top = level.size() <= PER_PAGE;
                up.add(new Page(top ? rootNo : next[0]++, ptrs, level.subList(i, end)));
                upMins.add(mins.get(i));
            }
            if (up.size() == 1) {
                return up.get(0);
            }
            level = up;
            mins = upMins;
        }
    }

    private static Page renumber(Page p, int no) {
        return new Page(no, p.records(), p.children());
    }

    /** The row with this id, or null. */
    public Row row(long id) {
        return rows.stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }
}
