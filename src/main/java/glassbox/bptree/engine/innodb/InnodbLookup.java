package glassbox.bptree.engine.innodb;

import glassbox.bptree.engine.innodb.InnodbHighlight.PageMark;
import glassbox.bptree.engine.innodb.InnodbHighlight.RecordMark;
import glassbox.core.Narration;
import glassbox.player.EventKind;
import glassbox.player.Trace;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Steps a lookup through the pages: down an index by its node pointers, across to another structure if needed. */
public final class InnodbLookup {
    public static final String CODE = "innodb.code.lookup";

    /** Lines of {@link #CODE}. */
    public enum Line {
        START(1), ROOT(2), DESCEND(3), LEAF(4), WHOLE_ROW(5), COVERED(6), BACK_TO_TABLE(7), ADDRESS(8), MISSING(9);

        public final int line;

        Line(int line) {
            this.line = line;
        }
    }

    private final InnodbLayout layout;
    private final InnodbQuery query;
    private final Trace.Builder<InnodbFrame> out = Trace.builder(CODE);
    private int pagesRead;
    private int crossFrom = -1;
    private int crossTo = -1;

    private InnodbLookup(InnodbLayout layout, InnodbQuery query) {
        this.layout = layout;
        this.query = query;
    }

    /** Looks {@code value} up (a name for SECONDARY and COVERING, an id otherwise). */
    public static Trace<InnodbFrame> run(InnodbLayout layout, InnodbQuery query, String value) {
        InnodbLookup l = new InnodbLookup(layout, query);
        l.go(value);
        return l.out.build();
    }

    private void emit(int line, Set<InnodbHighlight> lit, EventKind event, String key, Object... args) {
        out.add(new InnodbFrame(query, layout, crossFrom, crossTo, pagesRead), Narration.of(key, args), line, lit, event);
    }

    private void go(String value) {
        emit(Line.START.line, Set.of(), null, switch (query) {
            case PRIMARY -> "innodb.n.start.primary";
            case SECONDARY -> "innodb.n.start.secondary";
            case COVERING -> "innodb.n.start.covering";
            case MYISAM -> "innodb.n.start.myisam";
        }, value);
        Comparator<String> order = query.byName() ? InnodbLookup::compareNameKey : InnodbLookup::compareIdKey;
        Page root = switch (query) {
            case PRIMARY -> layout.clustered();
            case SECONDARY, COVERING -> layout.secondary();
            case MYISAM -> layout.myisamIndex();
        };
        String probe = query.byName() ? value : idKey(value);
        Page leaf = descend(root, probe, order);
        int slot = findInLeaf(leaf, value);
        if (slot < 0) {
            emit(Line.MISSING.line, Set.of(new PageMark(leaf.no())), null, "innodb.n.missing", value, leaf.no(), pagesRead);
            return;
        }
        PageRecord rec = leaf.records().get(slot);
        Set<InnodbHighlight> at = Set.of(new PageMark(leaf.no()), new RecordMark(leaf.no(), slot));
        switch (query) {
            case PRIMARY -> {
                Row r = ((PageRecord.WholeRow) rec).row();
                emit(Line.WHOLE_ROW.line, at, InnodbQuery.Event.ROW, "innodb.n.wholeRow", leaf.no(), rowText(r), pagesRead);
            }
            case COVERING -> {
                PageRecord.SecondaryEntry e = (PageRecord.SecondaryEntry) rec;
                emit(Line.COVERED.line, at, InnodbQuery.Event.COVERED, "innodb.n.covered", leaf.no(), e.name(),
                        String.valueOf(e.id()), pagesRead);
            }
            case SECONDARY -> {
                PageRecord.SecondaryEntry e = (PageRecord.SecondaryEntry) rec;
                emit(Line.LEAF.line, at, InnodbQuery.Event.LEAF, "innodb.n.secondaryLeaf", leaf.no(), e.name(),
                        String.valueOf(e.id()));
                crossFrom = leaf.no();
                crossTo = layout.clustered().no();
                int before = pagesRead;
                emit(Line.BACK_TO_TABLE.line, Set.of(new PageMark(layout.clustered().no())), InnodbQuery.Event.BACK_TO_TABLE,
                        "innodb.n.backToTable", String.valueOf(e.id()), layout.clustered().no());
                Page cl = descend(layout.clustered(), String.valueOf(e.id()), InnodbLookup::compareIdKey);
                int s = findInLeaf(cl, String.valueOf(e.id()));
                Row r = ((PageRecord.WholeRow) cl.records().get(s)).row();
                emit(Line.WHOLE_ROW.line, Set.of(new PageMark(cl.no()), new RecordMark(cl.no(), s)), InnodbQuery.Event.ROW,
                        "innodb.n.wholeRowAfter", cl.no(), rowText(r), before, pagesRead - before, pagesRead);
            }
            case MYISAM -> {
                PageRecord.RowAddress a = (PageRecord.RowAddress) rec;
                emit(Line.ADDRESS.line, at, InnodbQuery.Event.ADDRESS, "innodb.n.address", leaf.no(),
                        String.valueOf(a.id()), "@" + a.address());
                int block = (int) (a.address() / InnodbLayout.MYISAM_ROW_BYTES / InnodbLayout.PER_PAGE);
                Page data = layout.dataFile().get(block);
                int s = (int) (a.address() / InnodbLayout.MYISAM_ROW_BYTES % InnodbLayout.PER_PAGE);
                crossFrom = leaf.no();
                crossTo = data.no();
                pagesRead++;
                Row r = ((PageRecord.DataRow) data.records().get(s)).row();
                emit(Line.ADDRESS.line, Set.of(new PageMark(data.no()), new RecordMark(data.no(), s)), InnodbQuery.Event.ROW,
                        "innodb.n.dataFile", "@" + a.address(), rowText(r), pagesRead);
            }
            default -> throw new IllegalStateException();
        }
    }

    private Page descend(Page p, String probe, Comparator<String> order) {
        while (!p.leaf()) {
            pagesRead++;
            int pick = 0;
            for (int i = 0; i < p.records().size(); i++) {
                String k = ((PageRecord.NodePointer) p.records().get(i)).key();
                if (order.compare(k, probe) <= 0) {
                    pick = i;
                }
            }
            PageRecord.NodePointer np = (PageRecord.NodePointer) p.records().get(pick);
            boolean first = pick == 0 && order.compare(np.key(), probe) > 0;
            emit(Line.DESCEND.line, Set.of(new PageMark(p.no()), new RecordMark(p.no(), pick)), null,
                    first ? "innodb.n.descendFirst" : "innodb.n.descend", p.no(), p.records().size(), p.children().size(),
                    np.key(), np.child(), probe);
            p = p.children().get(pick);
        }
        pagesRead++;
        return p;
    }

    private int findInLeaf(Page leaf, String value) {
        for (int i = 0; i < leaf.records().size(); i++) {
            PageRecord r = leaf.records().get(i);
            boolean hit = r instanceof PageRecord.WholeRow w && String.valueOf(w.row().id()).equals(idKey(value))
                    || r instanceof PageRecord.SecondaryEntry e && e.name().equals(value)
                    || r instanceof PageRecord.RowAddress a && String.valueOf(a.id()).equals(idKey(value));
            if (hit) {
                return i;
            }
        }
        return -1;
    }

    private static String idKey(String value) {
        try {
            return String.valueOf(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** Node pointers of the clustered index compare by id. */
    private static int compareIdKey(String a, String b) {
        return Long.compare(parse(a), parse(b));
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    /** Secondary node pointers are "name,id": a probe by name compares on the name (the sample's names are unique). */
    private static int compareNameKey(String a, String b) {
        String na = a.contains(",") ? a.substring(0, a.indexOf(',')) : a;
        String nb = b.contains(",") ? b.substring(0, b.indexOf(',')) : b;
        return na.compareTo(nb);
    }

    static String rowText(Row r) {
        return "(" + r.id() + ", " + r.name() + ", " + r.age() + ")";
    }

    /** Every page a picture shows, for tests. */
    public static List<Page> pages(Page root) {
        List<Page> out = new java.util.ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Page p, List<Page> out) {
        out.add(p);
        p.children().forEach(c -> collect(c, out));
    }
}
